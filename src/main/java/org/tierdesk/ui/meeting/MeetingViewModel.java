package org.tierdesk.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.simulator.SimulatorTexts;
import org.tierdesk.ui.simulator.SimulatorViewModel;

/**
 * Meeting mode for one partner: its own simulator (started from the what-if the manager had) and the standing in
 * short sentences. It knows of no other partner, so nothing it shows can name one.
 */
public final class MeetingViewModel {
    private final SimulatorViewModel simulator;
    private final Messages messages;

    public MeetingViewModel(SimulatorViewModel simulator, WhatIf startFrom, Messages messages) {
        this.simulator = simulator;
        this.messages = messages;
        simulator.whatIfProperty().set(startFrom);
    }

    public SimulatorViewModel simulator() {
        return simulator;
    }

    public String partnerName() {
        return simulator.partnerName();
    }

    public String programName() {
        return simulator.program().name().in(messages.locale());
    }

    /** The standing today: held tier, points, rewards, and what the next tier still needs. */
    public List<String> standingLines() {
        SimulatorTexts texts = simulator.texts();
        Standing standing = simulator.comparison().before().standing();
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("meeting.held", texts.tier(standing.heldTier()),
                standing.heldSince() == null ? "" : texts.formats().date(standing.heldSince())));
        if (standing.atRisk()) {
            lines.add(messages.get("meeting.atRisk"));
        }
        if (simulator.program().pointsRules() != null || simulator.program().accumulation() != null) {
            lines.add(messages.format("meeting.points", texts.points(standing.points())));
        }
        for (RewardCategory category : simulator.program().rewardCategories()) {
            if (standing.rewards().containsKey(category.id())) {
                lines.add(messages.format("meeting.reward", texts.category(category.id()),
                        texts.percent(standing.rewards().get(category.id()))));
            }
        }
        if (standing.nextTier() != null) {
            List<String> gaps = standing.requirementsOf(standing.nextTier()).stream()
                    .filter(r -> !r.met()).map(texts::gap).toList();
            lines.add(gaps.isEmpty() ? messages.format("meeting.nextReady", texts.tier(standing.nextTier()))
                    : messages.format("meeting.next", texts.tier(standing.nextTier()), String.join("; ", gaps)));
        }
        return lines;
    }

    /** The unmet requirements of the next tier, for a count on screen. */
    public long gapsToNext() {
        Standing standing = simulator.comparison().before().standing();
        return standing.nextTier() == null ? 0 : standing.requirementsOf(standing.nextTier()).stream()
                .filter(r -> !r.met()).map(RequirementResult::id).count();
    }
}
