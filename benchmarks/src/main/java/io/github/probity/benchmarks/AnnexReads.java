package io.github.probity.benchmarks;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.github.probity.excel.AnnexReadSummary;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexRowHandler;
import io.github.probity.excel.LocatedRow;
import io.github.probity.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The four ways the read benchmarks read the same annex file, each handing what it reads to a sink:
 * Probity's streaming reader, raw fastexcel-reader, FastExcel (cn.idev) and a bare StAX parse of
 * the sheet part. Shared by {@link AnnexExcelStreamingBenchmark} and {@link AnnexReadInterleaved}.
 * Stateless.
 */
final class AnnexReads {
  private static final XMLInputFactory STAX = new InputFactoryImpl();

  private AnnexReads() {}

  /** Probity's reader with a row handler: every row with its location, every problem. */
  static AnnexReadSummary probity(Path annex, int rows, Consumer<Object> sink) throws IOException {
    AnnexReadSummary s =
        AnnexReader.lenient()
            .read(
                annex,
                new AnnexRowHandler() {
                  @Override
                  public void row(LocatedRow row) {
                    sink.accept(row);
                  }

                  @Override
                  public void problem(Finding problem) {
                    sink.accept(problem);
                  }
                });
    if (s.getRowCount() != rows) {
      throw new IllegalStateException("read " + s.getRowCount() + " rows");
    }
    return s;
  }

  /** Raw fastexcel-reader touching every cell's text. */
  static void rawFastexcel(Path annex, Consumer<Object> sink) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(annex.toFile())) {
      try (var stream = wb.getFirstSheet().openStream()) {
        stream.forEach(
            (Row r) -> {
              for (Cell c : r) {
                if (c != null) {
                  sink.accept(c.getText());
                }
              }
            });
      }
    }
  }

  /** The bare StAX parse of the sheet part: every cell text, nothing else. */
  static void rawStax(Path annex, Consumer<Object> sink) throws IOException, XMLStreamException {
    try (ZipFile zip = new ZipFile(annex.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      XMLStreamReader xml = STAX.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && ("t".equals(xml.getLocalName()) || "v".equals(xml.getLocalName()))) {
          sink.accept(xml.getElementText());
        }
      }
      xml.close();
    }
  }

  /** FastExcel (cn.idev) reading every row as a map of cell texts. */
  static void idevFastExcel(Path annex, Consumer<Object> sink) {
    FastExcel.read(
            annex.toFile(),
            new ReadListener<Map<Integer, String>>() {
              @Override
              public void invoke(Map<Integer, String> data, AnalysisContext context) {
                sink.accept(data);
              }

              @Override
              public void doAfterAllAnalysed(AnalysisContext context) {}
            })
        .sheet()
        .headRowNumber(3)
        .doRead();
  }
}
