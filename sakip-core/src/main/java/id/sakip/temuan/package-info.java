/**
 * Findings (temuan) of consistency checks, as typed parts: a {@link id.sakip.temuan.Aturan rule}
 * from the {@link id.sakip.temuan.RegistriAturan registry}, a {@link id.sakip.temuan.Lokasi
 * location} in the report's terms (part, row key, column), the printed figure and the value it is
 * compared with as exact numbers, their difference, and a message rendered at the edge in
 * Indonesian or English ({@link id.sakip.temuan.Bahasa}). The lowest layer of the checks: domain
 * packages return findings, the audit of a whole report collects them.
 */
package id.sakip.temuan;
