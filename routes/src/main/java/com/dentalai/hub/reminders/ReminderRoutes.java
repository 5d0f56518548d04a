package com.dentalai.hub.reminders;

import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.idempotency.IdempotentRepositories;
import com.dentalai.hub.reminders.changefeed.ChangeFeedProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Reminders and surveys: the change feed's events become the schedule (route {@code
 * reminder-planning}); a timer on every instance sends what is due, on the leader only (route
 * {@code reminder-dispatch}); the patient's taps reach Odoo through {@code reminder-answer}.
 */
@Component
class ReminderRoutes extends RouteBuilder {

    static final String PLANNING = "reminder-planning";
    static final String DISPATCH = "reminder-dispatch";
    static final String ANSWER = "direct:reminder-answer";
    static final String SYSTEM_PRINCIPAL = "reminders";

    private final RemindersProperties properties;
    private final ChangeFeedProperties feed;
    private final ReminderPlanner planner;
    private final ReminderDispatcher dispatcher;
    private final ReminderAnswers answers;
    private final IdempotentRepositories repositories;

    ReminderRoutes(
            RemindersProperties properties,
            ChangeFeedProperties feed,
            ReminderPlanner planner,
            ReminderDispatcher dispatcher,
            ReminderAnswers answers,
            IdempotentRepositories repositories) {
        this.properties = properties;
        this.feed = feed;
        this.planner = planner;
        this.dispatcher = dispatcher;
        this.answers = answers;
        this.repositories = repositories;
    }

    @Override
    public void configure() {
        if (!properties.enabled()) {
            return;
        }
        from(feedUri())
                .routeId(PLANNING)
                .autoStartup(properties.autoStartup())
                .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                .routeProperty(GatedRoutes.RUN_AS, SYSTEM_PRINCIPAL)
                .bean(planner, "read")
                .idempotentConsumer(method(planner, "key"), repositories.forProcessor("reminder-planning"))
                .bean(planner, "plan");

        from("timer:reminder-dispatch?period=" + properties.dispatchInterval().toMillis())
                .routeId(DISPATCH)
                .autoStartup(properties.autoStartup())
                .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                .routeProperty(GatedRoutes.RUN_AS, SYSTEM_PRINCIPAL)
                .bean(dispatcher, "tick");

        from(ANSWER)
                .routeId("reminder-answer")
                .routeProperty(GatedRoutes.PERMISSION, "ODOO_WRITE")
                .bean(answers, "apply");
    }

    /** Where the change feed publishes: its Kafka topic when set, else its Artemis queue. */
    private String feedUri() {
        return feed.kafkaTopic() == null || feed.kafkaTopic().isBlank()
                ? "jms:queue:" + feed.destination()
                : "kafka:" + feed.kafkaTopic() + "?groupId=hub-reminders";
    }
}
