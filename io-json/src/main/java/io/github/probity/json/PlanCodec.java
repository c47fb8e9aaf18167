package io.github.probity.json;

import static io.github.probity.json.JsonValues.DATE;
import static io.github.probity.json.JsonValues.INTEGER;
import static io.github.probity.json.JsonValues.TEXT;

import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanPhase;
import io.github.probity.plan.PlanTask;
import io.github.probity.plan.ProgressIndicator;

/**
 * The version-1 JSON shape of an implementation plan, one {@link ObjectSchema} per type: unit name,
 * year, phases (name, start, end, tasks) and notes; a task's title, content, responsible
 * departments and people, indicators as codes, completion date and note. Lists are always written,
 * absent values omitted, dates ISO-8601. Stateless and thread-safe.
 */
final class PlanCodec {
  static final CodeTable<ProgressIndicator> INDICATOR =
      CodeTable.of(ProgressIndicator.class, ProgressIndicator::parse);

  private PlanCodec() {}

  static final ObjectSchema<PlanTask, PlanTask.Builder> TASK =
      ObjectSchema.<PlanTask, PlanTask.Builder>of(PlanTask::builder, PlanTask.Builder::build)
          .text("title", PlanTask::getTitle, PlanTask.Builder::title)
          .optionalText("content", PlanTask::getContent, PlanTask.Builder::content)
          .list(
              "responsibleDepartments",
              TEXT,
              PlanTask::getResponsibleDepartments,
              PlanTask.Builder::addResponsibleDepartments)
          .list(
              "responsiblePeople",
              TEXT,
              PlanTask::getResponsiblePeople,
              PlanTask.Builder::addResponsiblePeople)
          .list("indicators", INDICATOR, PlanTask::getIndicators, PlanTask.Builder::addIndicators)
          .optional("completedOn", DATE, PlanTask::getCompletedOn, PlanTask.Builder::completedOn)
          .optionalText("note", PlanTask::getNote, PlanTask.Builder::note)
          .build();

  static final ObjectSchema<PlanPhase, PlanPhase.Builder> PHASE =
      ObjectSchema.<PlanPhase, PlanPhase.Builder>of(PlanPhase::builder, PlanPhase.Builder::build)
          .text("name", PlanPhase::getName, PlanPhase.Builder::name)
          .required("start", DATE, PlanPhase::getStart, PlanPhase.Builder::start)
          .required("end", DATE, PlanPhase::getEnd, PlanPhase.Builder::end)
          .list("tasks", TASK, PlanPhase::getTasks, PlanPhase.Builder::addTasks)
          .build();

  static final ObjectSchema<ImplementationPlan, ImplementationPlan.Builder> PLAN =
      ObjectSchema.<ImplementationPlan, ImplementationPlan.Builder>of(
              ImplementationPlan::builder, ImplementationPlan.Builder::build)
          .text("unitName", ImplementationPlan::getUnitName, ImplementationPlan.Builder::unitName)
          .required("year", INTEGER, ImplementationPlan::getYear, ImplementationPlan.Builder::year)
          .list(
              "phases", PHASE, ImplementationPlan::getPhases, ImplementationPlan.Builder::addPhases)
          .list("notes", TEXT, ImplementationPlan::getNotes, ImplementationPlan.Builder::addNotes)
          .build();
}
