package org.tierdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.tierdesk.engine.standing.Standing;

/**
 * The one-partner PDF a manager hands over after a meeting (A4 portrait): the status at a glance, the held and
 * next tier's requirements with bars and gaps, points, rewards and bonuses, benefits, the sales chart, saved
 * plans and the manager's notes. It prints the standing it is given and computes none of its own.
 */
public final class PartnerSummaryPdf {
    static final float MARGIN = 40f;

    private PartnerSummaryPdf() {}

    public static byte[] render(PartnerSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(summary, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}, which stays open. */
    public static void write(PartnerSummary summary, OutputStream out) {
        ReportLanguage language = new ReportLanguage(summary.locale());
        ProgramLabels labels = new ProgramLabels(summary.program(), language);
        Standing standing = summary.standing();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, PageFrame.BAND_HEIGHT + 26, MARGIN + 14);
        PdfWriter writer = PdfWriter.getInstance(document, new UnclosedStream(out));
        writer.setPageEvent(new PageFrame(language, labels.programTitle(), language.text("summary.title"),
                summary.partnerName(), language.date(summary.asOf()), language.text("footer.generated")));
        document.addTitle(language.text("summary.title") + " — " + summary.partnerName());
        document.addSubject(labels.programTitle());
        document.addCreator("TierDesk");
        if (summary.managerName() != null) {
            document.addAuthor(summary.managerName());
        }
        document.open();
        for (Element element : SummaryHeading.of(summary, language, labels)) {
            document.add(element);
        }
        document.add(RequirementSection.of(language.text("requirements.heldHeading",
                labels.tier(standing.heldTier())), standing.requirementsOf(standing.heldTier()),
                summary.program(), language, labels));
        if (standing.nextTier() != null) {
            document.add(RequirementSection.of(language.text("requirements.nextHeading",
                    labels.tier(standing.nextTier())), standing.requirementsOf(standing.nextTier()),
                    summary.program(), language, labels));
        }
        if (PointsSection.applies(summary.program(), standing)) {
            document.add(PointsSection.of(summary.program(), standing, language));
        }
        document.add(RewardSection.of(summary.program(), standing, language, labels));
        document.add(BenefitSection.of(summary.program(), standing.heldTier(), standing.nextTier(), language,
                labels));
        document.add(ChartSection.of(summary, writer.getDirectContent(),
                document.getPageSize().getWidth() - 2 * MARGIN, language, labels));
        // a handout says nothing of plans or notes it does not have: no "none" lines on a page of their own
        if (!summary.plans().isEmpty()) {
            document.add(PlanSection.of(summary.plans(), language));
        }
        if (summary.notes() != null && !summary.notes().isBlank()) {
            document.add(NoteSection.of(summary.notes(), language));
        }
        document.close();
    }
}
