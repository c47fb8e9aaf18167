package io.github.probity.archive;

import static io.github.probity.archive.ArchiveFixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.RiskCategory;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisclosureViewTest {
  final Ledger ledger = ArchiveFixtures.ledger().build();

  @Test
  void noNameAppearsAnywhereInTheStandardView() {
    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard());
    String all = view.text() + "\n" + view;

    for (Person p : ledger.getPeople()) {
      assertThat(all).doesNotContain(p.getName());
    }
    assertThat(view.getEntries()).hasSize(3);
    assertThat(view.text())
        .contains("政府采购监管科采购审核岗在审核中放宽标准")
        .contains("由政府采购监管科负责人科长抽查")
        .contains("副局长同志每季度参加中心组学习")
        .contains("责任领导：副局长");
  }

  @Test
  void contactDataIsDropped() {
    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard());

    assertThat(view.text())
        .doesNotContain("13812345678")
        .doesNotContain("qianjin@example.gov.cn")
        .contains(Redactor.CONTACT_REMOVED);
  }

  @Test
  void withoutRedactionNamesAndContactsStay() {
    RedactionPolicy none =
        RedactionPolicy.builder().replaceNames(false).dropContactData(false).build();
    DisclosureView view = DisclosureView.of(ledger, none);

    assertThat(view.text()).contains("钱进", "13812345678", "责任领导：李文华");
  }

  @Test
  void chosenCategoriesAndScopesAreWithheld() {
    RedactionPolicy policy =
        RedactionPolicy.builder()
            .addWithheldCategories(RiskCategory.EXTERNAL)
            .addWithheldScopes(OwnerScope.LEADER)
            .showManifestations(false)
            .build();
    DisclosureView view = DisclosureView.of(ledger, policy);

    assertThat(view.getEntries())
        .extracting(DisclosureEntry::getRiskPointId)
        .containsExactly("RP-1");
    assertThat(view.getWithheld()).isEqualTo(2);
    assertThat(view.getEntries().get(0).getManifestation()).isEmpty();
    assertThat(view.text()).doesNotContain("供应商请托", "放松理论学习", "表现形式");
  }

  @Test
  void registrationRecordsTimeRangeFormAndContent() {
    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard());
    DisclosureRegistration reg =
        view.register(
            DisclosureKind.PARTY_AFFAIRS,
            "局机关全体干部",
            "公开栏",
            Optional.of(LocalDate.of(2026, 6, 30)),
            "P9",
            clockAt(LocalDate.of(2026, 6, 1)));

    assertThat(reg.getRegisteredAt()).isEqualTo(clockAt(LocalDate.of(2026, 6, 1)).instant());
    assertThat(reg.getKind().displayName()).isEqualTo("党务公开");
    assertThat(reg.getContent()).isEqualTo("示例区财政局2026年廉政风险点及防控措施（3条）");
    assertThat(reg.getContentDigest()).matches("[0-9a-f]{64}");
    assertThat(
            view.register(
                    DisclosureKind.GOVERNMENT_AFFAIRS,
                    "社会公众",
                    "门户网站",
                    Optional.empty(),
                    "P9",
                    clockAt(LocalDate.of(2026, 6, 2)))
                .getContentDigest())
        .isEqualTo(reg.getContentDigest());
    assertThatThrownBy(
            () ->
                view.register(
                    DisclosureKind.PARTY_AFFAIRS,
                    " ",
                    "公开栏",
                    Optional.empty(),
                    "P9",
                    clockAt(LocalDate.of(2026, 6, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
