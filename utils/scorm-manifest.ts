/**
 * `imsmanifest.xml` for a SCORM 1.2 package holding one SCO: the deck,
 * launched from `index.html`, with every file of the build listed as part of
 * its resource and the mastery score the LMS may grade against.
 */
import { escapeXml } from './moodle-xml'

/**
 * The score, in percent of all questions, at which the module counts as
 * passed: the manifest declares it, and the module reports against it.
 */
export const MASTERY_SCORE = 70

export interface ManifestOptions {
  /** The package's identifier, unique per edition, e.g. `jwg-health-en`. */
  identifier: string
  /** The title the LMS shows for the activity. */
  title: string
  /** The page the LMS launches. Default `index.html`. */
  launch?: string
  /** Every file of the package except the manifest, as relative paths with `/`. */
  files: readonly string[]
  /** Default `MASTERY_SCORE` (70). */
  masteryScore?: number
}

export function scormManifest(options: ManifestOptions): string {
  const launch = options.launch ?? 'index.html'
  if (!options.files.includes(launch))
    throw new Error(`The launch page "${launch}" is not among the package's files`)
  const id = escapeXml(options.identifier)
  const title = escapeXml(options.title)
  const files = [...options.files].sort().map(file => `      <file href="${escapeXml(encodeURI(file))}"/>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${options.masteryScore ?? MASTERY_SCORE}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(encodeURI(launch))}">
${files.join('\n')}
    </resource>
  </resources>
</manifest>
`
}
