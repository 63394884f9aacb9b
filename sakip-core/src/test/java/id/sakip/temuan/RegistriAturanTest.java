package id.sakip.temuan;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.audit.AturanAudit;
import id.sakip.perencanaan.AturanRenstra;
import id.sakip.pemantauan.AturanPemantauan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every rule is registered once, and says what it checks and what it found in both languages. */
class RegistriAturanTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  @Test
  void the_registry_holds_every_rule_of_every_package_once() {
    List<Aturan> expected = new ArrayList<>(List.of(AturanAnggaran.values()));
    expected.addAll(List.of(AturanAudit.values()));
    expected.addAll(List.of(AturanRenstra.values()));
    expected.addAll(List.of(id.sakip.pohon.AturanPohon.values()));
    expected.addAll(List.of(AturanPemantauan.values()));
    assertThat(RegistriAturan.semua()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(RegistriAturan.semua()).extracting(Aturan::id).doesNotHaveDuplicates();
    assertThat(RegistriAturan.cari("BUDGET_TOTAL_MISMATCH")).contains(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
    assertThat(RegistriAturan.cari("CAPAIAN_MISMATCH")).contains(AturanAudit.CAPAIAN_MISMATCH);
    assertThat(RegistriAturan.cari("NO_SUCH_RULE")).isEmpty();
  }

  @Test
  void every_rule_has_a_description_and_a_message_in_both_languages_naming_the_same_parts() {
    for (Aturan a : RegistriAturan.semua()) {
      assertThat(a.deskripsi().id()).as(a.id() + " description id").isNotBlank().isNotEqualTo(a.deskripsi().en());
      assertThat(a.pesan().id()).as(a.id() + " message id").isNotEqualTo(a.pesan().en()).startsWith("{lokasi}");
      assertThat(placeholders(a.pesan().id())).as(a.id() + " placeholders")
          .isEqualTo(placeholders(a.pesan().en()));
    }
  }

  @Test
  void a_message_renders_numbers_in_the_readers_notation() {
    Temuan t = Temuan.banding(AturanAnggaran.BUDGET_TOTAL_MISMATCH,
        Lokasi.of(Bagian.TABEL_B).withBaris(new Baris.Jumlah()).withKolom(Kolom.PAGU),
        Nilai.rupiah(new java.math.BigDecimal("2910568737.00")),
        new Pembanding(Nilai.rupiah(new java.math.BigDecimal("2900675537.00")), Sumber.DIHITUNG));
    assertThat(t.pesan(Bahasa.INDONESIA)).isEqualTo("Tabel B › baris jumlah › pagu: jumlah tercetak "
        + "Rp2.910.568.737,00 tidak sama dengan jumlah baris-barisnya, Rp2.900.675.537,00 (selisih Rp9.893.200,00).");
    assertThat(t.pesan(java.util.Locale.ENGLISH)).isEqualTo("Table B › total row › pagu (budget): "
        + "the printed total Rp2,910,568,737.00 is not the sum of its rows, Rp2,900,675,537.00 (difference "
        + "Rp9,893,200.00).");
    assertThat(t.pesan(java.util.Locale.forLanguageTag("in-ID"))).isEqualTo(t.pesan(Bahasa.INDONESIA));
  }

  @Test
  void a_detail_that_is_neither_text_nor_number_nor_term_is_refused() {
    Temuan t = Temuan.of(AturanAnggaran.DUPLICATE_CODE, Lokasi.of(Bagian.RKT));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.with("kode", 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kode'").hasMessageContaining("Integer");
  }

  @Test
  void bahasa_parses_the_cli_codes_and_refuses_others_in_both_languages() {
    assertThat(Bahasa.parse("ID")).isEqualTo(Bahasa.INDONESIA);
    assertThat(Bahasa.parse("en")).isEqualTo(Bahasa.INGGRIS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Bahasa.parse("fr"))
        .hasMessageContaining("expected id or en").hasMessageContaining("gunakan id atau en");
  }

  @Test
  void bahasa_picks_the_text_written_in_it() {
    assertThat(Bahasa.INDONESIA.pilih("baris jumlah", "total row")).isEqualTo("baris jumlah");
    assertThat(Bahasa.INGGRIS.pilih("baris jumlah", "total row")).isEqualTo("total row");
    assertThat(new Istilah("pagu", "budget ceiling").teks(Bahasa.INGGRIS)).isEqualTo("budget ceiling");
  }

  private static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
