package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Two keys that read as the same period or the same code are refused, not merged: before, the
 * later value silently replaced the earlier one.
 */
class DuplicateKeyTest {

  @Test
  void a_period_given_twice_is_a_problem() {
    String json = """
        {"periodisasi": "TRIWULAN", "nilai": {"1": 80, "01": 85}}
        """;
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> SakipJson.standar().read(json, id.sakip.kinerja.DeretPeriode.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.nilai.01");
      assertThat(p.rule()).contains("is 1 again", "already given as '1'");
    });
  }

  @Test
  void a_period_with_a_leading_zero_alone_is_still_read() {
    var deret = SakipJson.standar().read("""
        {"periodisasi": "TRIWULAN", "nilai": {"02": 85}}
        """, id.sakip.kinerja.DeretPeriode.class);
    assertThat(deret.periodeDilaporkan()).containsExactly(2);
  }

  @Test
  void an_output_code_given_twice_is_a_problem() {
    String json = """
        {"tahun": 2022,
         "anggaran": [{"kode": "7.01.02", "nama": "Program", "pagu": 1000}],
         "keluaran": {"7.01.02": {"target": 1, "satuan": "dokumen"},
                      " 7.01.02": {"target": 2, "satuan": "dokumen"}}}
        """;
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> SakipJson.standar().read(json, id.sakip.perencanaan.Rkt.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.keluaran[\" 7.01.02\"]");
      assertThat(p.rule()).contains("is 7.01.02 again", "already given as '7.01.02'");
    });
  }

  @Test
  void a_printed_absorption_code_given_twice_is_a_problem() {
    String json = """
        {"serapanTabelB": {"7.01.02": "86,93", " 7.01.02": "100"}}
        """;
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> SakipJson.standar().read(json, id.sakip.laporan.Tercetak.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.serapanTabelB[\" 7.01.02\"]");
      assertThat(p.rule()).contains("is 7.01.02 again", "already given as '7.01.02'");
    });
  }
}
