package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.annex.AnnexRow;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook encrypted as Excel and WPS encrypt it opens with its password, and only with it. */
class EncryptedWorkbookTest {
  @TempDir Path dir;

  private Path encrypted(byte[] xlsx, String password)
      throws IOException, GeneralSecurityException {
    Path file = dir.resolve("加密.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(xlsx);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  @Test
  void opensWithItsPasswordAndIsRefusedWithoutIt() throws Exception {
    Books b = new Books();
    b.sheet("科室").row("科室", "风险点", "防控措施").row("办公室", "公车私用", "车辆定位");
    Path file = encrypted(b.xlsx(), "廉政2024");

    AnnexReadResult r = AnnexReader.builder().password("廉政2024").build().read(file);
    assertThat(r.getRows())
        .extracting(row -> row.getRow())
        .extracting(AnnexRow::getOwnerName, AnnexRow::getTitle)
        .containsExactly(org.assertj.core.api.Assertions.tuple("办公室", "公车私用"));

    assertThatThrownBy(() -> AnnexReader.lenient().read(file))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(WorkbookRejectedException.Reason.ENCRYPTED))
        .hasMessageContaining("password");
    assertThatThrownBy(() -> AnnexReader.builder().password("wrong").build().read(file))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(WorkbookRejectedException.Reason.ENCRYPTED))
        .hasMessageContaining("not the workbook's");
  }

  @Test
  void annexFourOpensWithItsPasswordThroughTheSamePipeline() throws Exception {
    ImplementationPlan plan = ImplementationPlan.forLedger(SampleUnit.ledger());
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    AnnexWriter.standard().writePlan(plan, xlsx);
    Path file = encrypted(xlsx.toByteArray(), "计划2026");

    PlanReadResult read = AnnexReader.builder().password("计划2026").build().readPlan(file);
    assertThat(read.getRows())
        .hasSize(plan.getPhases().stream().mapToInt(p -> p.getTasks().size()).sum());
    assertThatThrownBy(() -> AnnexReader.lenient().readPlan(file))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(WorkbookRejectedException.Reason.ENCRYPTED));
  }
}
