/**
 * Organisation (<i>organisasi</i>): the perangkat daerah (unit organisasi) of a kabupaten or kota
 * that owns a budget node, an indicator or a report. A program code of Permendagri 90/2019 says
 * what is done, not who does it; the same code appears in many units, so every figure that is
 * consolidated across units carries its {@link id.sakip.organisasi.UnitOrganisasi}. This package
 * depends on no other package of the library.
 */
package id.sakip.organisasi;
