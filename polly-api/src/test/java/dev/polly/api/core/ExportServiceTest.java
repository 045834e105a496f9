package dev.polly.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportServiceTest {
  @Test
  void quotesCsvCellsAndDefusesSpreadsheetFormulas() {
    assertThat(ExportService.cell("plain")).isEqualTo("plain");
    assertThat(ExportService.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ExportService.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ExportService.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ExportService.cell("@cmd")).isEqualTo("\"'@cmd\"");
    assertThat(ExportService.cell(null)).isEmpty();
  }
}
