import { describe, expect, it } from 'vitest'
import { citedTitle, displayValue, formatNumber, formatPartialDate, fullCitation, referenceTitle, shortCitation } from '../../utils/format'

describe('formatPartialDate', () => {
  it('says only as much as the date knows', () => {
    expect(formatPartialDate('2019', 'en')).toBe('2019')
    expect(formatPartialDate('2021-01', 'en')).toBe('January 2021')
    expect(formatPartialDate('2020-03-02', 'en')).toBe('2 March 2020')
  })

  it('writes dates the Indonesian way', () => {
    expect(formatPartialDate('2021-01', 'id')).toBe('Januari 2021')
    expect(formatPartialDate('2017-11-09', 'id')).toBe('9 November 2017')
  })
})

describe('formatNumber', () => {
  it('uses each language\'s separators', () => {
    expect(formatNumber(295647, 'en')).toBe('295,647')
    expect(formatNumber(295647, 'id')).toBe('295.647')
    expect(formatNumber(12.27, 'id')).toBe('12,27')
  })
})

describe('referenceTitle', () => {
  it('keeps a work\'s own title as it is in both languages', () => {
    expect(referenceTitle('Metode Penelitian Kepustakaan', 'en')).toBe('Metode Penelitian Kepustakaan')
    expect(referenceTitle('Power and Interdependence', 'id')).toBe('Power and Interdependence')
  })

  it('gives the deck\'s description in the language asked for', () => {
    const title = { en: 'SK Plasma\'s plant in Karawang', id: 'Pabrik SK Plasma di Karawang' }
    expect(referenceTitle(title, 'en')).toBe('SK Plasma\'s plant in Karawang')
    expect(referenceTitle(title, 'id')).toBe('Pabrik SK Plasma di Karawang')
  })
})

describe('citedTitle', () => {
  it('brackets the deck\'s description, so it cannot pass for a real headline', () => {
    expect(citedTitle({ en: 'SK Plasma\'s plant in Karawang', id: 'Pabrik SK Plasma di Karawang' }, 'id')).toBe('[Pabrik SK Plasma di Karawang]')
    expect(citedTitle('Power and Interdependence', 'en')).toBe('Power and Interdependence')
  })
})

describe('shortCitation', () => {
  it('abbreviates three or more authors to et al.', () => {
    expect(shortCitation({ kind: 'paper', authors: 'Putri Raina Alman, Hendrini Renolafitri, Irwan Iskandar', title: 'x' }, 'en')).toBe('Alman et al.')
  })

  it('gives the author and year of a book', () => {
    expect(shortCitation({ kind: 'book', authors: 'Kenneth N. Waltz', title: 'Man, the State, and War', date: '1959' }, 'en')).toBe('Waltz 1959')
    expect(shortCitation({ kind: 'book', authors: 'Robert O. Keohane & Joseph S. Nye', title: 'Power and Interdependence', date: '1977' }, 'en')).toBe('Keohane & Nye 1977')
  })

  it('names the outlet and date of a news item', () => {
    expect(shortCitation({ kind: 'news', container: 'Korea Biomedical Review', title: 'x', date: '2023-03-08' }, 'en')).toBe('Korea Biomedical Review, 8 March 2023')
  })

  it('shortens a long title when nothing else names the source', () => {
    expect(shortCitation({ kind: 'data', title: 'Population figures used for the per-capita values' }, 'en')).toBe('Population figures used for…')
  })

  it('shortens a described title in the language asked for', () => {
    const title = { en: 'Population figures used for the per-capita values', id: 'Angka penduduk yang dipakai untuk nilai per kapita' }
    expect(shortCitation({ kind: 'data', title }, 'en')).toBe('Population figures used for…')
    expect(shortCitation({ kind: 'data', title }, 'id')).toBe('Angka penduduk yang dipakai…')
  })

  it('keeps an organisation whole', () => {
    expect(shortCitation({ kind: 'official', authors: 'World Health Organization', title: 'x', date: '2020' }, 'en')).toBe('World Health Organization 2020')
  })
})

describe('fullCitation', () => {
  it('leads with the outlet when there is no author', () => {
    expect(fullCitation({ id: 'k', kind: 'news', title: 'SK Plasma approved', container: 'Korea Biomed', date: '2023-03-08' }, 'en'))
      .toBe('Korea Biomed. (8 March 2023). SK Plasma approved.')
  })

  it('gives a described title in the language asked for, with the date the same way', () => {
    const title = { en: 'SK Plasma receives final approval', id: 'SK Plasma memperoleh persetujuan akhir' }
    expect(fullCitation({ id: 'k', kind: 'news', title, container: 'Korea Biomed', date: '2023-03-08' }, 'id'))
      .toBe('Korea Biomed. (8 Maret 2023). [SK Plasma memperoleh persetujuan akhir].')
    expect(fullCitation({ id: 'k', kind: 'news', title, container: 'Korea Biomed', date: '2023-03-08' }, 'en'))
      .toBe('Korea Biomed. (8 March 2023). [SK Plasma receives final approval].')
  })

  it('never translates a work\'s own title', () => {
    expect(fullCitation({ id: 'z', kind: 'book', authors: 'Mestika Zed', title: 'Metode Penelitian Kepustakaan', container: 'Yayasan Obor Indonesia, Jakarta', date: '2004' }, 'en'))
      .toBe('Mestika Zed. (2004). Metode Penelitian Kepustakaan. Yayasan Obor Indonesia, Jakarta.')
  })

  it('puts authors, date, title and container in order', () => {
    expect(fullCitation({ id: 'w', kind: 'book', authors: 'Kenneth N. Waltz', title: 'Man, the State, and War', container: 'Columbia University Press', date: '1959' }, 'en'))
      .toBe('Kenneth N. Waltz. (1959). Man, the State, and War. Columbia University Press.')
  })
})

describe('displayValue', () => {
  it('fills a display pattern with the number in the reader\'s format', () => {
    expect(displayValue({ value: 86.9, display: '{value} %' }, 'en')).toBe('86.9 %')
    expect(displayValue({ value: 86.9, display: '{value} %' }, 'id')).toBe('86,9 %')
  })

  it('keeps a fixed display text, and formats a bare number', () => {
    expect(displayValue({ value: 527.4, display: '≈ 527' }, 'id')).toBe('≈ 527')
    expect(displayValue({ value: 1255 }, 'id')).toBe('1.255')
  })
})
