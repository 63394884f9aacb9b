/**
 * Plans (perencanaan): the five-year Renstra with its yearly and end-of-period targets, the yearly
 * Perjanjian Kinerja (PK) with its budget versions, and the Rencana Kinerja Tahunan (RKT) with
 * its budget tree, output targets and the link from each sasaran to the kegiatan that support it.
 * Built on {@code id.sakip.kinerja} and {@code id.sakip.anggaran}.
 */
@GayaNilai
package id.sakip.perencanaan;

import id.sakip.internal.GayaNilai;
