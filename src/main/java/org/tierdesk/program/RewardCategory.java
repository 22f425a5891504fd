package org.tierdesk.program;

/** A product category a reward percent applies to (license, ti-software, ting...). */
public record RewardCategory(String id, LocalizedText label) {
}
