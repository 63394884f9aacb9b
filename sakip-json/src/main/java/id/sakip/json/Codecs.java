package id.sakip.json;

import id.sakip.anggaran.KeluaranBiaya;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.audit.HasilAudit;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.evaluasi.KalkulatorLke;
import id.sakip.evaluasi.KomponenLke;
import id.sakip.evaluasi.LembarKerjaEvaluasi;
import id.sakip.evaluasi.MetodeLke;
import id.sakip.evaluasi.SubKomponenLke;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.KeluaranRkt;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import id.sakip.skala.Pita;
import id.sakip.skala.SkalaOrdinal;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.Responden;
import id.sakip.survei.SurveiSkm;
import id.sakip.survei.Unsur;
import id.sakip.temuan.Temuan;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every model type with a JSON binding, in one list. */
final class Codecs {

  static final List<Codec<?>> ALL = List.of(
      codec(Rupiah.class, AngkaCodec::readRupiah, AngkaCodec::writeRupiah),
      codec(Persentase.class, AngkaCodec::readPersentase, AngkaCodec::writePersentase),
      codec(Temuan.class, TemuanCodec::readTemuan, TemuanCodec::writeTemuan),
      codec(HasilAudit.class, TemuanCodec::readHasilAudit, TemuanCodec::writeHasilAudit),
      codec(SkalaOrdinal.class, SkalaCodec::readSkala, SkalaCodec::writeSkala),
      codec(Pita.class, SkalaCodec::readPita, SkalaCodec::writePita),
      codec(Satuan.class, KinerjaCodec::readSatuan, KinerjaCodec::writeSatuan),
      codec(Indikator.class, KinerjaCodec::readIndikator, KinerjaCodec::writeIndikator),
      codec(SkalaPeringkat.class, KinerjaCodec::readSkalaPeringkat, KinerjaCodec::writeSkalaPeringkat),
      codec(Target.class, KinerjaCodec::readTarget, KinerjaCodec::writeTarget),
      codec(DeretPeriode.class, KinerjaCodec::readDeretPeriode, KinerjaCodec::writeDeretPeriode),
      codec(KalkulatorCapaian.class, KinerjaCodec::readKalkulatorCapaian, KinerjaCodec::writeKalkulatorCapaian),
      codec(BatasCapaian.class, KinerjaCodec::readBatasCapaian, KinerjaCodec::writeBatasCapaian),
      codec(KodeNomenklatur.class, AnggaranCodec::readKode, AnggaranCodec::writeKode),
      codec(NodeAnggaran.class, AnggaranCodec::readNode, AnggaranCodec::writeNode),
      codec(PohonAnggaran.class, AnggaranCodec::readPohon, AnggaranCodec::writePohon),
      codec(KeluaranBiaya.class, AnggaranCodec::readKeluaranBiaya, AnggaranCodec::writeKeluaranBiaya),
      codec(IndikatorRenstra.class, PerencanaanCodec::readIndikatorRenstra, PerencanaanCodec::writeIndikatorRenstra),
      codec(SasaranRenstra.class, PerencanaanCodec::readSasaranRenstra, PerencanaanCodec::writeSasaranRenstra),
      codec(Tujuan.class, PerencanaanCodec::readTujuan, PerencanaanCodec::writeTujuan),
      codec(Renstra.class, PerencanaanCodec::readRenstra, PerencanaanCodec::writeRenstra),
      codec(TargetKinerja.class, PerencanaanCodec::readTargetKinerja, PerencanaanCodec::writeTargetKinerja),
      codec(ProgramPk.class, PerencanaanCodec::readProgramPk, PerencanaanCodec::writeProgramPk),
      codec(AnggaranPk.class, PerencanaanCodec::readAnggaranPk, PerencanaanCodec::writeAnggaranPk),
      codec(PerjanjianKinerja.class, PerencanaanCodec::readPerjanjianKinerja, PerencanaanCodec::writePerjanjianKinerja),
      codec(KeluaranRkt.class, PerencanaanCodec::readKeluaranRkt, PerencanaanCodec::writeKeluaranRkt),
      codec(SasaranRkt.class, PerencanaanCodec::readSasaranRkt, PerencanaanCodec::writeSasaranRkt),
      codec(Rkt.class, PerencanaanCodec::readRkt, PerencanaanCodec::writeRkt),
      codec(RealisasiIku.class, LaporanCodec::readRealisasiIku, LaporanCodec::writeRealisasiIku),
      codec(TabelRealisasiAnggaran.class, LaporanCodec::readTabel, LaporanCodec::writeTabel),
      codec(AngkaTercetak.class, AngkaCodec::readTercetak, AngkaCodec::writeTercetak),
      codec(BarisCapaian.class, TercetakCodec::readBarisCapaian, TercetakCodec::writeBarisCapaian),
      codec(BarisKemajuan.class, TercetakCodec::readBarisKemajuan, TercetakCodec::writeBarisKemajuan),
      codec(BarisAnggaranSasaran.class, TercetakCodec::readBarisAnggaran, TercetakCodec::writeBarisAnggaran),
      codec(AngkaNarasi.class, TercetakCodec::readNarasi, TercetakCodec::writeNarasi),
      codec(Tercetak.class, TercetakCodec::readTercetak, TercetakCodec::writeTercetak),
      codec(LaporanKinerja.class, LaporanCodec::readLaporan, LaporanCodec::writeLaporan),
      codec(Pecahan.class, AngkaCodec::readPecahan, AngkaCodec::writePecahan),
      codec(Unsur.class, SurveiCodec::readUnsur, SurveiCodec::writeUnsur),
      codec(Responden.class, SurveiCodec::readResponden, SurveiCodec::writeResponden),
      codec(SurveiSkm.class, SurveiCodec::readSurvei, SurveiCodec::writeSurvei),
      codec(BobotSkm.class, SurveiCodec::readBobot, SurveiCodec::writeBobot),
      codec(KalkulatorSkm.class, SurveiCodec::readKalkulator, SurveiCodec::writeKalkulator),
      codec(SubKomponenLke.class, EvaluasiCodec::readSubKomponen, EvaluasiCodec::writeSubKomponen),
      codec(KomponenLke.class, EvaluasiCodec::readKomponen, EvaluasiCodec::writeKomponen),
      codec(MetodeLke.class, EvaluasiCodec::readMetode, EvaluasiCodec::writeMetode),
      codec(LembarKerjaEvaluasi.class, EvaluasiCodec::readLembarKerja, EvaluasiCodec::writeLembarKerja),
      codec(KalkulatorLke.class, EvaluasiCodec::readKalkulator, EvaluasiCodec::writeKalkulator));

  private Codecs() {}

  private static <T> Codec<T> codec(
      Class<T> type, JsonReader<T> reader, Function<T, com.fasterxml.jackson.databind.JsonNode> writer) {
    return new Codec<>(type, reader, writer);
  }

  /** Returns the codec for {@code type} or a supertype of it (for Immutables implementations). */
  static Optional<Codec<?>> find(Class<?> type) {
    for (Codec<?> c : ALL) {
      if (c.type().equals(type)) {
        return Optional.of(c);
      }
    }
    return ALL.stream().filter(c -> c.type().isAssignableFrom(type)).findFirst();
  }

  @SuppressWarnings("unchecked")
  static <T> Codec<T> require(Class<T> type) {
    return (Codec<T>) find(type).orElseThrow(() -> new IllegalArgumentException(
        "type " + type.getName() + " has no SAKIP JSON binding; bound types: "
            + ALL.stream().map(c -> c.type().getSimpleName()).toList()));
  }
}
