package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnexPeopleTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "王芳|王芳",
        "王　芳|王芳",
        "王 芳|王芳",
        "'　王  芳 '|王芳",
        "王\u200B芳|王芳",
        "買買提·艾力|買買提·艾力",
        "买买提•艾力|买买提·艾力",
        "买买提・艾力|买买提·艾力",
        "欧阳　明|欧阳明",
        "ＪＯＨＮ　ＳＭＩＴＨ|JOHN SMITH",
        "John   Smith|John Smith",
        "Zhang Wei|Zhang Wei",
        "王Ａ|王A",
      })
  void identityKeysMakeEverySpellingOfANameEqual(String name, String key) {
    assertThat(AnnexPeople.identityKey(name)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} is a position")
  @CsvSource({"上级纪委", "驻委纪检监察组", "驻局纪检组", "区纪委监委", "领导班子", "局党组", "党风廉政建设领导小组", "纪检监察室"})
  void aBodyNamedWhereAPersonWouldBeIsARoleNeverAName(String body) {
    assertThat(AnnexPeople.isRole(body)).isTrue();
    assertThat(AnnexPeople.parseResponsibility(body).getResponsibleRole()).contains(body);
    assertThat(AnnexPeople.parseResponsibility(body).getResponsibleName()).isEmpty();
  }

  @Test
  void aDisciplineBodyIsTheSupervisingTierOfATwoTierCell() {
    Responsibility r = AnnexPeople.parseResponsibility("科室负责人、驻局纪检组");
    assertThat(r.getResponsibleRole()).contains("科室负责人");
    assertThat(r.getSupervisorRole()).contains("驻局纪检组");
    assertThat(AnnexPeople.isRole("高峰")).isFalse();
    assertThat(AnnexPeople.isRole("纪明")).isFalse();
  }

  @Test
  void identityKeysKeepDifferentNamesApartAndCase() {
    assertThat(AnnexPeople.identityKey("王芳")).isNotEqualTo(AnnexPeople.identityKey("王方"));
    assertThat(AnnexPeople.identityKey("ZHANG Wei"))
        .isNotEqualTo(AnnexPeople.identityKey("Zhang Wei"));
    assertThat(AnnexPeople.identityKey("　")).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "王　芳|王芳",
        "' 王 芳 '|王芳",
        "欧阳 明|欧阳明",
        "ＪＯＨＮ　ＳＭＩＴＨ|ＪＯＨＮ　ＳＭＩＴＨ",
        "'  John Smith '|John Smith",
        "张伟|张伟",
      })
  void displayNamesDropPaddingInsideHanNamesOnly(String name, String shown) {
    assertThat(AnnexPeople.displayName(name)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "科室负责人", "分管领导", "主要负责人", "部门负责人", "分管领导人", "局长", "副局长", "直接责任人", "岗位责任人", "股室负责人", "党组书记",
    "纪检组长", "总会计师", "办公室主任", "财务科长", "分管副局长", "常务副局长", "党组成员", "班子成员", "主要领导", "分管 领导", "科室 负责人",
    "党组书记、局长", "分管领导人 / 科室负责人", "分管领导、科室负责人", "分管领导（副局长）", "董事长", "经办人",
  })
  void rolesAreRoles(String text) {
    assertThat(AnnexPeople.isRole(text)).isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({
    "王芳",
    "王　芳",
    "张伟",
    "李秀英",
    "欧阳明华",
    "司马相如",
    "张科长",
    "欧阳局长",
    "李局长",
    "王主任",
    "张伟（科长）",
    "分管领导：王明",
    "王明 / 科室负责人",
    "张三、李四",
    "John Smith",
    "无",
    "''",
    "在岗人员3",
    "王强",
    "刘长",
    "陈书",
    "黄局",
  })
  void namesAndNobodyAreNotRoles(String text) {
    assertThat(AnnexPeople.isRole(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // cell | responsible name | responsible role | supervisor name | supervisor role
        "张伟|张伟|||",
        "王　芳|王　芳|||",
        "科室负责人||科室负责人||",
        "张伟（科长）|张伟|科长||",
        "张伟(科长)|张伟|科长||",
        "科长（张伟）|张伟|科长||",
        "张伟 科长|张伟|科长||",
        "科室负责人：李华|李华|科室负责人||",
        "王明：科长|王明|科长||",
        "张明（党组书记、局长）|张明|党组书记、局长||",
        "分管领导人 / 科室负责人||科室负责人||分管领导人",
        "分管领导、科室负责人||科室负责人||分管领导",
        "分管领导 科室负责人||科室负责人||分管领导",
        "科室负责人/分管领导||科室负责人||分管领导",
        "张三（分管副局长）/李四（科长）|李四|科长|张三|分管副局长",
        "分管领导：王明；科室负责人：李华|李华|科室负责人|王明|",
        "主要负责人、直接责任人||直接责任人||主要负责人",
        "局长、股室负责人||股室负责人||局长",
        "李局长/张科长|张科长||李局长|",
        "张三（科长）/分管领导|张三|科长||分管领导",
        "分管领导人/科室负责人/岗位责任人||科室负责人、岗位责任人||分管领导人",
        "王明 / 科室负责人|王明|科室负责人||",
        "党组书记、局长||党组书记、局长||",
        "局长/副局长||局长、副局长||",
        "张三、李四|张三、李四|||",
        "张三（科长）、李四（科员）|张三（科长）、李四（科员）|||",
        "张科长|张科长|||",
        "财务科长||财务科长||",
        "部长 韦\u3000东|韦东|部长||",
        "分管领导：彭涛|||彭涛|",
        "分管局领导：彭涛（副局长）|||彭涛|副局长",
        "责任领导：赵军|||赵军|",
        "副局长 赵勇、副局长 钱进|赵勇、钱进|副局长||",
        "张三 李四|张三、李四|||",
        "张三\u3000李四|张三、李四|||",
        "王 芳|王 芳|||",
        "欧阳 明华|欧阳 明华|||",
        "局长信箱|局长信箱|||",
        "局长何平|何平|局长||",
        "科长张伟副科长李娜|科长张伟副科长李娜|||",
        "党组成员副局长何平|何平|党组成员副局长||",
        "局长 赵勇、副局长 钱进|局长 赵勇、副局长 钱进|||",
      })
  void parsesResponsibilityCells(
      String cell, String respName, String respRole, String supName, String supRole) {
    Responsibility r = AnnexPeople.parseResponsibility(cell);
    assertThat(r.getResponsibleName()).isEqualTo(Optional.ofNullable(respName));
    assertThat(r.getResponsibleRole()).isEqualTo(Optional.ofNullable(respRole));
    assertThat(r.getSupervisorName()).isEqualTo(Optional.ofNullable(supName));
    assertThat(r.getSupervisorRole()).isEqualTo(Optional.ofNullable(supRole));
  }

  @Test
  void splitsTiersAtLineBreaks() {
    Responsibility r = AnnexPeople.parseResponsibility("分管领导\r\n科室负责人");
    assertThat(r.getSupervisorRole()).contains("分管领导");
    assertThat(r.getResponsibleRole()).contains("科室负责人");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"''", "'　 '", "无", "/", "—", "待定", "'／'"})
  void cellsThatNameNobodyGiveAnEmptyResult(String cell) {
    Responsibility r = AnnexPeople.parseResponsibility(cell);
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.hasSupervisor()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "张伟|科长|张伟（科长）",
        "|科室负责人|科室负责人",
        "张伟||张伟",
        "王明|分管副局长|王明（分管副局长）",
        "张明|党组书记、局长|张明（党组书记、局长）",
        "||''",
      })
  void responsibilityCellsReadBackAsTheSameNameAndRole(String name, String role, String cell) {
    Optional<String> n = Optional.ofNullable(name);
    Optional<String> r = Optional.ofNullable(role);
    String text = AnnexPeople.responsibilityCell(n, r);
    assertThat(text).isEqualTo(cell);
    Responsibility back = AnnexPeople.parseResponsibility(text);
    assertThat(back.getResponsibleName()).isEqualTo(n);
    assertThat(back.getResponsibleRole()).isEqualTo(r);
    assertThat(back.hasSupervisor()).isFalse();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "党组书记、局长,true",
    "局长,true",
    "党组书记,true",
    "局党组书记,true",
    "主要负责人,true",
    "董事长,true",
    "主任,true",
    "党委书记,true",
    "副局长,false",
    "纪检组长,false",
    "党组成员、副局长,false",
    "总会计师,false",
    "副书记,false",
    "班子成员,false",
    "分管领导,false",
  })
  void recognisesThePrincipalLeadersRole(String role, boolean principal) {
    assertThat(AnnexPeople.isPrincipalRole(role)).isEqualTo(principal);
  }

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @CsvSource({
    "科室负责人,预算科,true", "部门负责人,预算科,true", "负责人,预算科,true", "科长,预算科,true", "预算科科长,预算科,true",
    "办公室主任,办公室,true", "主任,办公室,true", "股室负责人,财政所,true", "副科长,预算科,false", "岗位责任人,预算科,false",
    "直接责任人,预算科,false", "分管领导,预算科,false", "经办人,预算科,false",
  })
  void recognisesADepartmentHeadsRole(String role, String department, boolean head) {
    assertThat(AnnexPeople.isHeadRole(role, department)).isEqualTo(head);
  }

  @Test
  void aRowsColumnsAreCombined() {
    AnnexRow.Builder base =
        AnnexRow.builder()
            .scope(OwnerScope.DEPARTMENT)
            .ownerName("预算科")
            .category(RiskCategory.DUTY)
            .title("预算编制不公");
    // a reader that copies whole cells: the responsible cell's upper tier supervises
    Responsibility r = AnnexPeople.responsibility(base.responsible("分管领导人 / 科室负责人").build());
    assertThat(r.getResponsibleRole()).contains("科室负责人");
    assertThat(r.getSupervisorRole()).contains("分管领导人");
    // the supervisor column wins over the responsible cell's upper tier
    r = AnnexPeople.responsibility(base.supervisor("王明（副局长）").build());
    assertThat(r.getSupervisorName()).contains("王明");
    assertThat(r.getSupervisorRole()).contains("副局长");
    assertThat(r.getResponsibleRole()).contains("科室负责人");
    // roles given with the row are taken as they are, names not parsed again
    r =
        AnnexPeople.responsibility(
            AnnexRow.builder()
                .from(base.build())
                .responsible("张伟")
                .responsibleRole("科长")
                .supervisor("分管领导")
                .build());
    assertThat(r.getResponsibleName()).contains("张伟");
    assertThat(r.getResponsibleRole()).contains("科长");
    assertThat(r.getSupervisorName()).isEmpty();
    assertThat(r.getSupervisorRole()).contains("分管领导");
  }

  @Test
  void aTwoTierSupervisorCellFillsAnEmptyResponsibleColumn() {
    AnnexRow row =
        AnnexRow.builder()
            .scope(OwnerScope.DEPARTMENT)
            .ownerName("预算科")
            .category(RiskCategory.DUTY)
            .title("预算编制不公")
            .supervisor("分管领导：王明；科室负责人：李华")
            .build();
    Responsibility r = AnnexPeople.responsibility(row);
    assertThat(r.getSupervisorName()).contains("王明");
    assertThat(r.getResponsibleName()).contains("李华");
    assertThat(r.getResponsibleRole()).contains("科室负责人");
  }

  @Test
  void rolesAndKeysOfRowsAndResultsAreNonBlank() {
    assertThatThrownBy(() -> Responsibility.builder().responsibleRole(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    AnnexRow.Builder b =
        AnnexRow.builder()
            .scope(OwnerScope.LEADER)
            .ownerName("副局长")
            .category(RiskCategory.DUTY)
            .title("t");
    assertThatThrownBy(() -> b.ownerKey("").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.ownerKey("1").supervisorRole("\u3000").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
