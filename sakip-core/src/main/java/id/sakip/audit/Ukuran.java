package id.sakip.audit;

import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Target;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Nilai;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How the values of one kind are compared with a printed figure and presented: percentages at the
 * printed precision, Rupiah exactly, indicator figures at the printed precision, targets as
 * numbers when they are numbers.
 *
 * @param <T> the type of the value
 */
interface Ukuran<T> {

  /** Returns the value as a number comparable with a printed figure, if it is one. */
  Optional<BigDecimal> angka(T value);

  /** Returns the kind of number. */
  Nilai.Jenis jenis();

  /** Returns true when {@code printed} agrees with {@code value} under {@code mode}. */
  boolean cocok(T value, BigDecimal printed, RoundingMode mode);

  /**
   * Returns the value {@code printed} is compared with, as a finding states it: a percentage
   * rounded to the printed precision (at least 2 decimals), an amount or a figure exactly.
   */
  BigDecimal dibandingkan(T value, BigDecimal printed, RoundingMode mode);

  /** Returns the value for people in {@code bahasa}, a percentage rounded to 2 decimals with {@code mode}. */
  String format(T value, Bahasa bahasa, RoundingMode mode);

  /** Returns the printed figure as a value of this kind. */
  default Nilai tercetak(AngkaTercetak printed) {
    return new Nilai(printed.nilai().orElseThrow(), jenis());
  }

  Ukuran<Persentase> PERSEN = new Ukuran<>() {
    @Override
    public Optional<BigDecimal> angka(Persentase value) {
      return Optional.of(value.rounded(Persentase.DEFAULT_SCALE, Persentase.DEFAULT_ROUNDING));
    }

    @Override
    public Nilai.Jenis jenis() {
      return Nilai.Jenis.PERSEN;
    }

    /** A percentage printed without its sign ({@code 88} for 88%) is stated as printed, a plain figure. */
    @Override
    public Nilai tercetak(AngkaTercetak printed) {
      return new Nilai(printed.nilai().orElseThrow(), printed.isPersen() ? Nilai.Jenis.PERSEN : Nilai.Jenis.BILANGAN);
    }

    @Override
    public boolean cocok(Persentase value, BigDecimal printed, RoundingMode mode) {
      return value.agreesWith(printed, mode);
    }

    @Override
    public BigDecimal dibandingkan(Persentase value, BigDecimal printed, RoundingMode mode) {
      return value.rounded(Math.max(Persentase.DEFAULT_SCALE, printed.scale()), mode);
    }

    @Override
    public String format(Persentase value, Bahasa bahasa, RoundingMode mode) {
      return IndonesianNumbers.format(value.rounded(Persentase.DEFAULT_SCALE, mode), bahasa.notasi()) + "%";
    }
  };

  Ukuran<Rupiah> RUPIAH = new Ukuran<>() {
    @Override
    public Optional<BigDecimal> angka(Rupiah value) {
      return Optional.of(value.toBigDecimal());
    }

    @Override
    public Nilai.Jenis jenis() {
      return Nilai.Jenis.RUPIAH;
    }

    @Override
    public boolean cocok(Rupiah value, BigDecimal printed, RoundingMode mode) {
      return value.toBigDecimal().compareTo(printed) == 0;
    }

    @Override
    public BigDecimal dibandingkan(Rupiah value, BigDecimal printed, RoundingMode mode) {
      return value.toBigDecimal();
    }

    @Override
    public String format(Rupiah value, Bahasa bahasa, RoundingMode mode) {
      return IndonesianNumbers.format(value.toBigDecimal(), bahasa.notasi());
    }
  };

  Ukuran<BigDecimal> BILANGAN = new Ukuran<>() {
    @Override
    public Optional<BigDecimal> angka(BigDecimal value) {
      return Optional.of(value);
    }

    @Override
    public Nilai.Jenis jenis() {
      return Nilai.Jenis.BILANGAN;
    }

    @Override
    public boolean cocok(BigDecimal value, BigDecimal printed, RoundingMode mode) {
      BigDecimal atPrinted = value.scale() > printed.scale() ? value.setScale(Math.max(0, printed.scale()), mode) : value;
      return atPrinted.compareTo(printed) == 0;
    }

    @Override
    public BigDecimal dibandingkan(BigDecimal value, BigDecimal printed, RoundingMode mode) {
      return value;
    }

    @Override
    public String format(BigDecimal value, Bahasa bahasa, RoundingMode mode) {
      return IndonesianNumbers.format(value, bahasa.notasi());
    }
  };

  Ukuran<Target> TARGET = new Ukuran<>() {
    @Override
    public Optional<BigDecimal> angka(Target value) {
      return value instanceof Target.Angka a ? Optional.of(a.nilai()) : Optional.empty();
    }

    @Override
    public Nilai.Jenis jenis() {
      return Nilai.Jenis.BILANGAN;
    }

    @Override
    public boolean cocok(Target value, BigDecimal printed, RoundingMode mode) {
      return angka(value).map(v -> BILANGAN.cocok(v, printed, mode)).orElse(false);
    }

    @Override
    public BigDecimal dibandingkan(Target value, BigDecimal printed, RoundingMode mode) {
      return BILANGAN.dibandingkan(angka(value).orElseThrow(), printed, mode);
    }

    @Override
    public String format(Target value, Bahasa bahasa, RoundingMode mode) {
      return angka(value).map(v -> IndonesianNumbers.format(v, bahasa.notasi())).orElse(value.toString());
    }
  };

  Ukuran<String> TEKS = new Ukuran<>() {
    @Override
    public Optional<BigDecimal> angka(String value) {
      return Optional.empty();
    }

    @Override
    public Nilai.Jenis jenis() {
      return Nilai.Jenis.BILANGAN;
    }

    @Override
    public boolean cocok(String value, BigDecimal printed, RoundingMode mode) {
      return false;
    }

    @Override
    public BigDecimal dibandingkan(String value, BigDecimal printed, RoundingMode mode) {
      throw new IllegalStateException("text is not compared with a printed number");
    }

    @Override
    public String format(String value, Bahasa bahasa, RoundingMode mode) {
      return value;
    }
  };
}
