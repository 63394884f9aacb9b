package id.sakip.kabupaten;

import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Keparahan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The distribution of findings (<i>sebaran temuan</i>) over a kabupaten: every unit's report
 * audited with {@link Audit#periksa(id.sakip.laporan.LaporanKinerja, KebijakanAudit)} under one
 * policy, and the findings counted by rule, by severity and by unit. The audit of each unit is
 * exactly the audit of its report alone: a code used twice within one unit is its {@link
 * id.sakip.anggaran.AturanAnggaran#DUPLICATE_CODE} error; the same code in two units is not.
 *
 * <p>Immutable and thread-safe. Counting is linear in the number of findings.
 */
public final class SebaranTemuan {

  private final Map<UnitOrganisasi, HasilAudit> hasil;
  private final List<TemuanUnit> temuan;

  private SebaranTemuan(Map<UnitOrganisasi, HasilAudit> hasil) {
    this.hasil = Collections.unmodifiableMap(hasil);
    List<TemuanUnit> all = new ArrayList<>();
    hasil.forEach((u, h) -> h.temuan().forEach(t -> all.add(new TemuanUnit(u, t))));
    this.temuan = List.copyOf(all);
  }

  /** Audits every unit of {@code kabupaten} under {@code kebijakan}. */
  static SebaranTemuan periksa(Kabupaten kabupaten, KebijakanAudit kebijakan) {
    Objects.requireNonNull(kebijakan, "kebijakan");
    Map<UnitOrganisasi, HasilAudit> hasil = new LinkedHashMap<>();
    kabupaten.laporan().forEach(lu -> hasil.put(lu.unit(), Audit.periksa(lu.laporan(), kebijakan)));
    return new SebaranTemuan(hasil);
  }

  /** Returns each unit's audit result, in the kabupaten's order. */
  public Map<UnitOrganisasi, HasilAudit> hasil() {
    return hasil;
  }

  /** Returns every finding with its unit: unit by unit in the kabupaten's order, each in its audit's order. */
  public List<TemuanUnit> temuan() {
    return temuan;
  }

  /** Returns the number of findings of rule id, for every rule that has one, ordered by rule id. */
  public SortedMap<String, Long> perAturan() {
    SortedMap<String, Long> out = new TreeMap<>();
    temuan.forEach(t -> out.merge(t.temuan().aturan().id(), 1L, Long::sum));
    return Collections.unmodifiableSortedMap(out);
  }

  /** Returns the number of findings of each severity, every severity present (0 when none). */
  public Map<Keparahan, Long> perKeparahan() {
    Map<Keparahan, Long> out = new EnumMap<>(Keparahan.class);
    for (Keparahan k : Keparahan.values()) {
      out.put(k, 0L);
    }
    temuan.forEach(t -> out.merge(t.temuan().keparahan(), 1L, Long::sum));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns, for every unit in the kabupaten's order, its number of findings of each severity
   * (every severity present, 0 when none).
   */
  public Map<UnitOrganisasi, Map<Keparahan, Long>> perUnit() {
    Map<UnitOrganisasi, Map<Keparahan, Long>> out = new LinkedHashMap<>();
    hasil.forEach((u, h) -> {
      Map<Keparahan, Long> m = new EnumMap<>(Keparahan.class);
      for (Keparahan k : Keparahan.values()) {
        m.put(k, 0L);
      }
      h.temuan().forEach(t -> m.merge(t.keparahan(), 1L, Long::sum));
      out.put(u, Collections.unmodifiableMap(m));
    });
    return Collections.unmodifiableMap(out);
  }

  /** Returns the findings of rule {@code aturan} with their units, in order. */
  public List<TemuanUnit> temuan(Aturan aturan) {
    Objects.requireNonNull(aturan, "aturan");
    return temuan.stream().filter(t -> t.temuan().aturan().id().equals(aturan.id())).toList();
  }

  /** Returns the units with at least one finding of rule {@code aturan}, each once, in the kabupaten's order. */
  public List<UnitOrganisasi> unit(Aturan aturan) {
    return temuan(aturan).stream().map(TemuanUnit::unit).distinct().toList();
  }

  @Override
  public String toString() {
    return "SebaranTemuan[" + hasil.size() + " units, " + temuan.size() + " findings]";
  }
}
