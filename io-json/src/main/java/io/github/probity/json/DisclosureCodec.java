package io.github.probity.json;

import static io.github.probity.json.JsonValues.DATE;
import static io.github.probity.json.JsonValues.INTEGER;
import static io.github.probity.json.JsonValues.TEXT;

import io.github.probity.archive.DisclosureEntry;
import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureRegistration;
import io.github.probity.archive.DisclosureView;
import org.jspecify.annotations.Nullable;

/**
 * The version-1 JSON shape of a disclosure document (a disclosure view and its registration), one
 * {@link ObjectSchema} per type. Stateless and thread-safe.
 */
final class DisclosureCodec {
  static final CodeTable<DisclosureKind> KIND =
      CodeTable.of(DisclosureKind.class, t -> ArchiveCodec.byLabel(DisclosureKind.class, t));

  private DisclosureCodec() {}

  static final ObjectSchema<DisclosureEntry, DisclosureEntry.Builder> ENTRY =
      ObjectSchema.<DisclosureEntry, DisclosureEntry.Builder>of(
              DisclosureEntry::builder, DisclosureEntry.Builder::build)
          .text(
              "riskPointId", DisclosureEntry::getRiskPointId, DisclosureEntry.Builder::riskPointId)
          .required(
              "scope", LedgerCodec.SCOPE, DisclosureEntry::getScope, DisclosureEntry.Builder::scope)
          .text("owner", DisclosureEntry::getOwner, DisclosureEntry.Builder::owner)
          .required(
              "category",
              LedgerCodec.CATEGORY,
              DisclosureEntry::getCategory,
              DisclosureEntry.Builder::category)
          .text("title", DisclosureEntry::getTitle, DisclosureEntry.Builder::title)
          .optionalText(
              "manifestation",
              DisclosureEntry::getManifestation,
              DisclosureEntry.Builder::manifestation)
          .optional(
              "level", LedgerCodec.LEVEL, DisclosureEntry::getLevel, DisclosureEntry.Builder::level)
          .list(
              "measures", TEXT, DisclosureEntry::getMeasures, DisclosureEntry.Builder::addMeasures)
          .optionalText(
              "responsible", DisclosureEntry::getResponsible, DisclosureEntry.Builder::responsible)
          .optionalText(
              "supervisor", DisclosureEntry::getSupervisor, DisclosureEntry.Builder::supervisor)
          .build();

  static final ObjectSchema<DisclosureView, DisclosureView.Builder> VIEW =
      ObjectSchema.<DisclosureView, DisclosureView.Builder>of(
              DisclosureView::builder, DisclosureView.Builder::build)
          .text("unitName", DisclosureView::getUnitName, DisclosureView.Builder::unitName)
          .required("year", INTEGER, DisclosureView::getYear, DisclosureView.Builder::year)
          .required(
              "withheld", INTEGER, DisclosureView::getWithheld, DisclosureView.Builder::withheld)
          .list("entries", ENTRY, DisclosureView::getEntries, DisclosureView.Builder::addEntries)
          .build();

  static final ObjectSchema<DisclosureRegistration, DisclosureRegistration.Builder> REGISTRATION =
      ObjectSchema.<DisclosureRegistration, DisclosureRegistration.Builder>of(
              DisclosureRegistration::builder, DisclosureRegistration.Builder::build)
          .required(
              "kind", KIND, DisclosureRegistration::getKind, DisclosureRegistration.Builder::kind)
          .required(
              "registeredAt",
              ArchiveCodec.INSTANT,
              DisclosureRegistration::getRegisteredAt,
              DisclosureRegistration.Builder::registeredAt)
          .text("range", DisclosureRegistration::getRange, DisclosureRegistration.Builder::range)
          .text("form", DisclosureRegistration::getForm, DisclosureRegistration.Builder::form)
          .optional(
              "deadline",
              DATE,
              DisclosureRegistration::getDeadline,
              DisclosureRegistration.Builder::deadline)
          .text(
              "content",
              DisclosureRegistration::getContent,
              DisclosureRegistration.Builder::content)
          .text(
              "contentDigest",
              DisclosureRegistration::getContentDigest,
              DisclosureRegistration.Builder::contentDigest)
          .text(
              "registrar",
              DisclosureRegistration::getRegistrar,
              DisclosureRegistration.Builder::registrar)
          .build();

  /** Collects a document's view and registration; the document checks that they belong. */
  private static final class DocumentHolder {
    @Nullable DisclosureView view;
    @Nullable DisclosureRegistration registration;

    DisclosureDocument build() {
      DisclosureView v = view;
      DisclosureRegistration r = registration;
      if (v == null || r == null) {
        throw ObjectSchema.missing(
            v == null ? (r == null ? "view, registration" : "view") : "registration");
      }
      return new DisclosureDocument(v, r);
    }
  }

  static final ObjectSchema<DisclosureDocument, DocumentHolder> DOCUMENT =
      ObjectSchema.<DisclosureDocument, DocumentHolder>of(
              DocumentHolder::new, DocumentHolder::build)
          .required("view", VIEW, DisclosureDocument::view, (h, v) -> h.view = v)
          .required(
              "registration",
              REGISTRATION,
              DisclosureDocument::registration,
              (h, v) -> h.registration = v)
          .build();
}
