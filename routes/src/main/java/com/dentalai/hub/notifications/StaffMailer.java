package com.dentalai.hub.notifications;

import com.dentalai.hub.notifications.NotificationStore.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes and sends one notification email. The subject is the fixed, PHI-free title; the body
 * has the link to the Odoo record and, only where the tenant allows it, the short excerpt. In
 * {@code log} mode (dev, demo) nothing is sent and the log line names the notification id and
 * the link, never the address or the excerpt.
 */
@Component
class StaffMailer {

    private static final Logger LOG = LoggerFactory.getLogger(StaffMailer.class);

    private final NotificationsProperties properties;
    private final ObjectProvider<JavaMailSender> senders;

    StaffMailer(NotificationsProperties properties, ObjectProvider<JavaMailSender> senders) {
        this.properties = properties;
        this.senders = senders;
    }

    /** True when the email was handed to the SMTP server (or logged, in log mode). */
    boolean send(Outgoing email) {
        if (properties.email().mode() == NotificationsProperties.Mode.LOG) {
            LOG.info("notification email {} (log mode, not sent): '{}' {}", email.id(), email.title(), email.link());
            return true;
        }
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            LOG.error(
                    "notification email {} not sent: hub.notifications.email.mode is smtp but spring.mail.host is"
                            + " not set",
                    email.id());
            return false;
        }
        try {
            sender.send(message(email));
            return true;
        } catch (MailException e) {
            // the exception text may carry the address: the class name is enough to act on
            LOG.warn(
                    "notification email {} not sent: {}",
                    email.id(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    SimpleMailMessage message(Outgoing email) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.email().from());
        message.setTo(email.email());
        message.setSubject(email.title());
        message.setText(body(email));
        return message;
    }

    private static String body(Outgoing email) {
        StringBuilder text = new StringBuilder("Hello,\n\n")
                .append(email.title())
                .append(" in Odoo.\n\nOpen it in Odoo: ")
                .append(email.link())
                .append('\n');
        if (email.excerpt() != null && !email.excerpt().isBlank()) {
            text.append("\n\"").append(email.excerpt()).append("\"\n");
        }
        return text.append("\n-- \nDentalAI Hub. This email carries no patient details; sign in to Odoo to see the"
                        + " record.\n")
                .toString();
    }
}
