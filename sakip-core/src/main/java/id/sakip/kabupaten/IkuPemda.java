package id.sakip.kabupaten;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.komposit.IndikatorKomposit;
import id.sakip.kinerja.komposit.Komponen;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.perencanaan.TargetKinerja;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A pemda indicator (IKU pemerintah daerah) composed from named IKU of its perangkat daerah: each
 * {@link SumberIku source} is one unit's indicator (its PK target and the realisasi of the report
 * year) with a weight, and the composite capaian follows the {@link RumusKomposit} the caller
 * names, through {@link IndikatorKomposit}: no second weighting exists here.
 *
 * <pre>{@code
 * IkuPemda skm = IkuPemda.of("IKM pelayanan kecamatan", NormalisasiBobot.BAGI_JUMLAH,
 *     RumusKomposit.RATA_RATA_TERTIMBANG,
 *     SumberIku.of(kromengan, "Survey Kepuasan Masyarakat (SKM) Kecamatan", Pecahan.ONE),
 *     SumberIku.of(ngajum, "Indeks Kepuasan Masyarakat", Pecahan.ONE));
 * Outcome<Persentase> capaian = skm.hitung(kabupaten);
 * }</pre>
 *
 * <p>Sources are named by unit and indicator name for now; a component is named {@code
 * "<unit code> · <indicator>"}, so two units may share an indicator name. Immutable; compares by
 * value.
 *
 * @param nama the pemda indicator's name, not blank
 * @param sumber the sources, at least one, no (unit, indicator) twice
 * @param normalisasi how the weights are read
 * @param rumus how the components combine
 */
public record IkuPemda(String nama, List<SumberIku> sumber, NormalisasiBobot normalisasi, RumusKomposit rumus) {

  /**
   * Creates a pemda indicator.
   *
   * @throws IllegalArgumentException if the name is blank, there is no source, a unit's indicator
   *     is named twice, or under {@link NormalisasiBobot#HARUS_SATU} the weights do not add up to 1
   */
  public IkuPemda {
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(normalisasi, "normalisasi");
    Objects.requireNonNull(rumus, "rumus");
    sumber = List.copyOf(Objects.requireNonNull(sumber, "sumber"));
    if (nama.isBlank()) {
      throw new IllegalArgumentException("ikuPemda.nama is blank; a pemda indicator needs a name"
          + " / nama IKU pemda kosong");
    }
    if (sumber.isEmpty()) {
      throw new IllegalArgumentException("ikuPemda.sumber of '" + nama + "' is empty; name at least one unit"
          + " indicator / IKU pemda '" + nama + "' belum memiliki indikator unit");
    }
    Set<String> seen = new HashSet<>();
    Pecahan jumlah = Pecahan.ZERO;
    for (SumberIku s : sumber) {
      if (!seen.add(s.namaKomponen())) {
        throw new IllegalArgumentException("ikuPemda.sumber of '" + nama + "' names '" + s.indikator() + "' of unit "
            + s.unit().kode() + " twice; each unit indicator counts once / indikator '" + s.indikator() + "' unit "
            + s.unit().kode() + " disebut dua kali");
      }
      jumlah = jumlah.plus(s.bobot());
    }
    if (normalisasi == NormalisasiBobot.HARUS_SATU && !jumlah.equals(Pecahan.ONE)) {
      throw new IllegalArgumentException("ikuPemda.sumber of '" + nama + "': the weights add up to " + jumlah
          + ", not 1; under HARUS_SATU they must add up to exactly 1 (BAGI_JUMLAH divides each by their sum)"
          + " / bobot IKU pemda '" + nama + "' berjumlah " + jumlah + ", bukan 1");
    }
  }

  /** Returns a pemda indicator of the given sources. */
  public static IkuPemda of(String nama, NormalisasiBobot normalisasi, RumusKomposit rumus, SumberIku... sumber) {
    return new IkuPemda(nama, Arrays.asList(Objects.requireNonNull(sumber, "sumber")), normalisasi, rumus);
  }

  /**
   * Returns the composite of {@code kabupaten}'s figures: one {@link Komponen} per source, with
   * the unit's PK indicator (renamed {@code "<unit code> · <indicator>"}), its PK target and the
   * realisasi of the report year (absent when the IKU table records none).
   *
   * @throws IllegalArgumentException if a source's unit is not in the kabupaten, or its report's
   *     PK has no indicator of that name
   */
  public IndikatorKomposit komposit(Kabupaten kabupaten) {
    Objects.requireNonNull(kabupaten, "kabupaten");
    List<Komponen> komponen = new ArrayList<>(sumber.size());
    for (SumberIku s : sumber) {
      LaporanKinerja lkj = kabupaten.laporan(s.unit()).orElseThrow(() -> new IllegalArgumentException(
          "ikuPemda '" + nama + "': unit " + s.unit().kode() + " is not in " + kabupaten.nama() + "; add its report"
              + " / unit " + s.unit().kode() + " tidak ada di " + kabupaten.nama()));
      TargetKinerja t = lkj.perjanjianKinerja().flatMap(pk -> pk.target(s.indikator())).orElseThrow(() ->
          new IllegalArgumentException("ikuPemda '" + nama + "': the PK of unit " + s.unit().kode() + " has no"
              + " indicator '" + s.indikator() + "' / PK unit " + s.unit().kode() + " tidak memuat indikator '"
              + s.indikator() + "'"));
      Optional<BigDecimal> realisasi = lkj.realisasiIku().stream().filter(r -> r.indikator().equals(s.indikator()))
          .findFirst().flatMap(r -> r.realisasi(lkj.tahun()));
      komponen.add(new Komponen(t.indikator().withNama(s.namaKomponen()), t.target(), realisasi, s.bobot()));
    }
    return new IndikatorKomposit(nama, komponen, normalisasi);
  }

  /** Returns the composite capaian under {@link #rumus()} with the standard capaian formulas. */
  public Outcome<Persentase> hitung(Kabupaten kabupaten) {
    return hitung(kabupaten, KalkulatorCapaian.standar());
  }

  /**
   * Returns the composite capaian under {@link #rumus()}, each component's capaian computed with
   * {@code kalkulator}; not computable, naming the component, when a component's is.
   *
   * @throws IllegalArgumentException as {@link #komposit(Kabupaten)}
   */
  public Outcome<Persentase> hitung(Kabupaten kabupaten, KalkulatorCapaian kalkulator) {
    return komposit(kabupaten).hitung(rumus, kalkulator);
  }
}
