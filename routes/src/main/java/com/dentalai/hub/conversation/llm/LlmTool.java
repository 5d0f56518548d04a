package com.dentalai.hub.conversation.llm;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every tool a hub agent may be given, by the name the model sees. Which agent gets which is the
 * allowlist in {@link LlmProperties#agents()}; the billing tools belong to the billing agent and are
 * refused for Dana at startup and at every call, whatever the model asks.
 */
enum LlmTool {
    FIND_SLOTS("find_slots", Area.SCHEDULE),
    LIST_PRACTITIONERS("list_practitioners", Area.SCHEDULE),
    MY_APPOINTMENTS("my_appointments", Area.APPOINTMENTS),
    BILLING_BALANCE("billing_balance", Area.BILLING),
    CREATE_PAYMENT_LINK("create_payment_link", Area.BILLING);

    /** What part of the clinic a tool reaches; Dana never gets {@link #BILLING}. */
    enum Area {
        SCHEDULE,
        APPOINTMENTS,
        BILLING
    }

    private final String wireName;
    private final Area area;

    LlmTool(String wireName, Area area) {
        this.wireName = wireName;
        this.area = area;
    }

    String wireName() {
        return wireName;
    }

    Area area() {
        return area;
    }

    static Optional<LlmTool> byWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
