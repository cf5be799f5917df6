package org.stepline.caseload.internal;

import java.util.List;
import org.stepline.shared.codes.ReferralStage;

/** A team's waiting list in two sections, one per waiting stage, longest waiting first. */
public record WaitingList(String teamName, List<Section> sections) {

    public record Section(ReferralStage stage, List<WaitingRow> rows) {}

    public int total() {
        return sections.stream().mapToInt(section -> section.rows().size()).sum();
    }
}
