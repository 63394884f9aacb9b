package id.sakip.kinerja;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assigns stable identifiers ({@link IdIndikator}) to the indicators of a document that has only
 * names (<i>penetap id indikator</i>), and reports the names that cannot be told apart: the one
 * place where indicators are matched by name.
 *
 * <pre>{@code
 * PenetapIdIndikator.Hasil hasil = PenetapIdIndikator.tetapkan(List.of(skmPk, skmRkt, musrenbang));
 * IdIndikator skm = hasil.id("Survey Kepuasan Masyarakat (SKM) Kecamatan").orElseThrow();
 * hasil.masalah(); // names that normalise alike, or one name with two units or polarities
 * }</pre>
 *
 * <p>Rules (source: ours): the same name, exactly, is the same indicator and gets one identifier,
 * derived with {@link IdIndikator#dariNama}; if it appears with another unit or polarity, that is
 * reported ({@link MasalahIdentitas.Jenis#ATRIBUT_BERBEDA}) and the first keeps the identifier. Two
 * different names that normalise alike are reported ({@link MasalahIdentitas.Jenis#NAMA_SERUPA});
 * the first name met keeps the identifier and the others get none, so that no link is made by a
 * guess. Linear in the total length of the names.
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class PenetapIdIndikator {

  private PenetapIdIndikator() {}

  /**
   * The identifiers assigned to a document's indicators, and the problems met.
   *
   * @param idPerNama for each name that got one, its identifier, in the order met
   * @param indikator for each identifier, the indicator (its first appearance)
   * @param masalah the problems, in the order met
   */
  public record Hasil(Map<String, IdIndikator> idPerNama, Map<IdIndikator, Indikator> indikator,
      List<MasalahIdentitas> masalah) {

    /** Creates a result; the maps and the list are copied, keeping their order. */
    public Hasil {
      idPerNama = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(idPerNama, "idPerNama")));
      indikator = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(indikator, "indikator")));
      masalah = List.copyOf(Objects.requireNonNull(masalah, "masalah"));
    }

    /** Returns the identifier of the indicator named exactly {@code nama}, if it got one. */
    public Optional<IdIndikator> id(String nama) {
      return Optional.ofNullable(idPerNama.get(Objects.requireNonNull(nama, "nama")));
    }

    /**
     * Returns the identifier of {@code indikator}: the one of its name, provided the indicator
     * holding that identifier has the same unit and polarity.
     */
    public Optional<IdIndikator> id(Indikator indikator) {
      Objects.requireNonNull(indikator, "indikator");
      return id(indikator.nama()).filter(id -> sama(this.indikator.get(id), indikator));
    }
  }

  /** Assigns identifiers to {@code indikator}, in order. */
  public static Hasil tetapkan(Collection<Indikator> indikator) {
    Objects.requireNonNull(indikator, "indikator");
    Map<String, IdIndikator> idPerNama = new LinkedHashMap<>();
    Map<IdIndikator, Indikator> pertama = new LinkedHashMap<>();
    Map<String, String> namaPerKunci = new HashMap<>();
    Map<String, List<Indikator>> serupa = new LinkedHashMap<>();
    Map<String, List<Indikator>> berbeda = new LinkedHashMap<>();
    List<Indikator> tanpaHuruf = new ArrayList<>();
    for (Indikator i : indikator) {
      Objects.requireNonNull(i, "indikator element");
      IdIndikator known = idPerNama.get(i.nama());
      if (known != null) {
        Indikator first = pertama.get(known);
        if (!sama(first, i) && berbeda.computeIfAbsent(known.nilai(), k -> new ArrayList<>(List.of(first))).stream()
            .noneMatch(x -> sama(x, i))) {
          berbeda.get(known.nilai()).add(i);
        }
        continue;
      }
      Optional<IdIndikator> id = IdIndikator.dariNama(i.nama());
      if (id.isEmpty()) {
        tanpaHuruf.add(i);
        continue;
      }
      String kunci = id.get().nilai();
      String namaLain = namaPerKunci.putIfAbsent(kunci, i.nama());
      if (namaLain == null) {
        idPerNama.put(i.nama(), id.get());
        pertama.put(id.get(), i);
      } else if (!namaLain.equals(i.nama())) {
        List<Indikator> list = serupa.computeIfAbsent(kunci, k -> new ArrayList<>(List.of(pertama.get(id.get()))));
        if (list.stream().noneMatch(x -> x.nama().equals(i.nama()))) {
          list.add(i);
        }
      }
    }
    List<MasalahIdentitas> masalah = new ArrayList<>();
    serupa.forEach((k, list) -> masalah.add(new MasalahIdentitas(MasalahIdentitas.Jenis.NAMA_SERUPA, k, list)));
    berbeda.forEach((k, list) -> {
      if (list.size() > 1) {
        masalah.add(new MasalahIdentitas(MasalahIdentitas.Jenis.ATRIBUT_BERBEDA, k, list));
      }
    });
    if (!tanpaHuruf.isEmpty()) {
      masalah.add(new MasalahIdentitas(MasalahIdentitas.Jenis.NAMA_TANPA_HURUF, "", tanpaHuruf));
    }
    return new Hasil(idPerNama, pertama, masalah);
  }

  private static boolean sama(Indikator a, Indikator b) {
    return a.satuan().equals(b.satuan()) && a.polaritas() == b.polaritas();
  }
}
