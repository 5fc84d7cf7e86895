import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { MASTERY_SCORE, scormManifest } from '../../utils/scorm-manifest'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: name => name === 'file' })

interface Manifest {
  manifest: {
    '@identifier': string
    '@xmlns': string
    '@xmlns:adlcp': string
    'metadata': { schema: string, schemaversion: number | string }
    'organizations': { '@default': string, 'organization': { '@identifier': string, 'title': string, 'item': { '@identifierref': string, 'title': string, 'adlcp:masteryscore': number } } }
    'resources': { resource: { '@identifier': string, '@type': string, '@adlcp:scormtype': string, '@href': string, 'file': { '@href': string }[] } }
  }
}

const files = ['index.html', 'assets/index-abc.js', 'assets/fonts/Source Sans.woff2', 'favicon.svg']
const manifest = () => parser.parse(scormManifest({ identifier: 'jwg-health-en', title: 'JWG & Health <en>', files })) as Manifest

describe('scormManifest', () => {
  it('is well-formed SCORM 1.2: ADL schema 1.2 in the IMS content packaging namespaces', () => {
    const xml = scormManifest({ identifier: 'jwg-health-en', title: 'JWG & Health <en>', files })
    expect(XMLValidator.validate(xml)).toBe(true)
    const { manifest: m } = manifest()
    expect(m['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2')
    expect(m['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2')
    expect(m.metadata.schema).toBe('ADL SCORM')
    expect(String(m.metadata.schemaversion)).toBe('1.2')
  })

  it('has one organization whose item launches the one SCO, with the mastery score', () => {
    const { manifest: m } = manifest()
    const organization = m.organizations.organization
    expect(m.organizations['@default']).toBe(organization['@identifier'])
    expect(organization.title).toBe('JWG & Health <en>')
    expect(organization.item['@identifierref']).toBe(m.resources.resource['@identifier'])
    expect(organization.item['adlcp:masteryscore']).toBe(MASTERY_SCORE)
    expect(m.resources.resource).toMatchObject({ '@type': 'webcontent', '@adlcp:scormtype': 'sco', '@href': 'index.html' })
  })

  it('lists every file of the package, paths URL-encoded, each once', () => {
    const listed = manifest().manifest.resources.resource.file.map(file => file['@href'])
    expect(listed.map(decodeURI).sort()).toEqual([...files].sort())
    expect(listed).toContain('assets/fonts/Source%20Sans.woff2')
  })

  it('refuses a launch page that is not in the package', () => {
    expect(() => scormManifest({ identifier: 'x', title: 'x', files: ['a.html'] })).toThrow(/launch page "index.html"/)
  })
})
