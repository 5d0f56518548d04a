package com.dentalai.hub.notifications;

import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.connectors.odoo.camel.OdooConstants;
import com.dentalai.hub.domain.notifications.Mentions;
import com.dentalai.hub.domain.notifications.StaffNotice;
import com.dentalai.hub.domain.notifications.StaffNoticeKind;
import com.dentalai.hub.notifications.OdooStaff.StaffUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Turns one polled Odoo record into the staff notices it implies (body in: the record as a Map;
 * body out: a List of {@link StaffNotice}, possibly empty). Reads the record in memory only: the
 * note text never leaves this class except as the excerpt a tenant allowed.
 */
@Component
class OdooStaffEvents {

    /** What the mention poller reads of mail.message: no subject, no attachments. */
    static final String MESSAGE_FIELDS = "id,write_date,model,res_id,body,author_id,partner_ids,message_type";
    /** What the activity poller reads of mail.activity. */
    static final String ACTIVITY_FIELDS = "id,write_date,res_model,res_id,user_id,create_uid,write_uid,summary";

    private final OdooStaff staff;
    private final NotificationsProperties properties;

    OdooStaffEvents(OdooStaff staff, NotificationsProperties properties) {
        this.staff = staff;
        this.properties = properties;
    }

    /** Fields the appointment poller reads: who is responsible, and who wrote it. */
    static String appointmentFields(String userField) {
        return "id,write_date,create_uid,write_uid," + userField;
    }

    /** A chatter message: each internal user it @mentions (never its own author). */
    public List<StaffNotice> mentions(Exchange exchange) {
        String tenant = tenant(exchange);
        Map<String, Object> message = record(exchange);
        String model = OdooValues.string(message.get("model")).orElse("");
        long resId = OdooValues.longValue(message.get("res_id")).orElse(0L);
        if (model.isEmpty() || resId <= 0) {
            return List.of(); // a message on no record (e.g. a discuss channel) is not chatter
        }
        String body = OdooValues.string(message.get("body")).orElse("");
        Set<Long> mentioned = Mentions.mentioned(body, new LinkedHashSet<>(OdooValues.ids(message.get("partner_ids"))));
        OdooValues.many2OneId(message.get("author_id")).ifPresent(mentioned::remove);
        if (mentioned.isEmpty()) {
            return List.of();
        }
        long messageId = OdooValues.longValue(message.get("id")).orElseThrow();
        String excerpt = excerpt(tenant, body);
        List<StaffNotice> notices = new ArrayList<>();
        for (StaffUser user : staff.ofPartners(tenant, mentioned)) {
            notices.add(new StaffNotice(
                    tenant,
                    StaffNoticeKind.MENTION,
                    user.uid(),
                    user.email(),
                    model,
                    resId,
                    "mail.message:" + messageId + ":partner:" + user.partnerId(),
                    excerpt));
        }
        return notices;
    }

    /** An activity: its assignee, unless the assignee made and last changed it themselves. */
    public List<StaffNotice> activity(Exchange exchange) {
        String tenant = tenant(exchange);
        Map<String, Object> activity = record(exchange);
        String model = OdooValues.string(activity.get("res_model")).orElse("");
        long resId = OdooValues.longValue(activity.get("res_id")).orElse(0L);
        if (model.isEmpty() || resId <= 0) {
            return List.of();
        }
        long id = OdooValues.longValue(activity.get("id")).orElseThrow();
        String excerpt =
                excerpt(tenant, OdooValues.string(activity.get("summary")).orElse(null));
        return assignee(tenant, activity, "user_id")
                .map(user -> List.of(new StaffNotice(
                        tenant,
                        StaffNoticeKind.ASSIGNMENT,
                        user.uid(),
                        user.email(),
                        model,
                        resId,
                        "mail.activity:" + id + ":user:" + user.uid(),
                        excerpt)))
                .orElse(List.of());
    }

    /** An appointment: its responsible user when someone else made them responsible. */
    public List<StaffNotice> appointment(Exchange exchange) {
        String tenant = tenant(exchange);
        Map<String, Object> appointment = record(exchange);
        String model = exchange.getMessage().getHeader(OdooConstants.MODEL, String.class);
        long id = OdooValues.longValue(appointment.get("id")).orElseThrow();
        return assignee(tenant, appointment, properties.appointmentUserField())
                .map(user -> List.of(new StaffNotice(
                        tenant,
                        StaffNoticeKind.ASSIGNMENT,
                        user.uid(),
                        user.email(),
                        model,
                        id,
                        model + ":" + id + ":user:" + user.uid(),
                        null)))
                .orElse(List.of());
    }

    /**
     * The internal user in {@code userField}, unless that user both created and last wrote the
     * record (they assigned it to themselves: nobody to tell).
     */
    private Optional<StaffUser> assignee(String tenant, Map<String, Object> record, String userField) {
        Optional<Long> user = OdooValues.many2OneId(record.get(userField));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> creator = OdooValues.many2OneId(record.get("create_uid"));
        Optional<Long> writer = OdooValues.many2OneId(record.get("write_uid"));
        if (user.equals(creator) && user.equals(writer)) {
            return Optional.empty();
        }
        return staff.user(tenant, user.get());
    }

    private String excerpt(String tenant, String html) {
        return properties.allowsExcerpt(tenant) ? Mentions.excerpt(html, properties.excerptLength()) : null;
    }

    private static String tenant(Exchange exchange) {
        return exchange.getMessage().getHeader(OdooConstants.TENANT, String.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }
}
