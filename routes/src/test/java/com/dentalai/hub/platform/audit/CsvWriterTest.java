package com.dentalai.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainCellsAreWrittenAsTheyAre() {
        assertThat(CsvWriter.cell("appointment.book")).isEqualTo("appointment.book");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("")).isEmpty();
    }

    @Test
    void rfc4180QuotesCommasQuotesAndLineBreaks() {
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(CsvWriter.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void formulaLikeCellsAreDefused() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("+972")).isEqualTo("'+972");
        assertThat(CsvWriter.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void rowsEndWithCrLf() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row("a", null, "b,c");
        csv.row("d");
        assertThat(out).hasToString("a,,\"b,c\"\r\nd\r\n");
    }
}
