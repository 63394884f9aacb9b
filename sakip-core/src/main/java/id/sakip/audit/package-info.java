/**
 * The audit of a whole LKj (<i>audit</i>): {@link id.sakip.audit.LaporanDihitung} recomputes the
 * report once — every table of Bab III, table B, the narrative figures, the IKU realisasi by year,
 * the tables printed elsewhere — as {@link id.sakip.audit.Sel cells} that hold the printed figure,
 * the exact recomputed value with where its inputs came from, and the finding their comparison
 * gives; {@link id.sakip.audit.Audit} returns those findings and the checks of the documents
 * against each other. {@link id.sakip.audit.KebijakanAudit} holds every choice the recomputation
 * is made under; {@link id.sakip.audit.AturanAudit} lists the rules.
 *
 * <p>The top of the core: it uses every package below it and none uses it. Every public method
 * rejects a {@code null} argument with a {@link NullPointerException} naming the parameter.
 */
package id.sakip.audit;
