/**
 * Ordinal scales (<i>skala</i>) as data: ordered bands (<i>pita</i>) with explicit bound
 * inclusivity and a label, and exact classification of a value into a band, a gap or "beyond the
 * scale".
 *
 * <p>{@link id.sakip.skala.SkalaOrdinal} holds the scale, {@link id.sakip.skala.Pita} one band,
 * {@link id.sakip.skala.Klasifikasi} the outcome of classifying a value and {@link
 * id.sakip.skala.KebijakanCelah} what to do with a value that falls between two bands. The
 * package depends only on {@code id.sakip.angka}, Guava and the JDK. Every public method rejects
 * a {@code null} argument with a {@link NullPointerException}.
 */
package id.sakip.skala;
