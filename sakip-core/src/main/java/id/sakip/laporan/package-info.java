/**
 * The report (<i>laporan</i>): a whole Laporan Kinerja (LKj) document, its inputs (Renstra, PK,
 * RKT, realisasi of the IKU, the budget realisation table) and, later, the figures it prints.
 * The top of the model; the audit of a report builds on it.
 */
@GayaNilai
package id.sakip.laporan;

import id.sakip.internal.GayaNilai;
