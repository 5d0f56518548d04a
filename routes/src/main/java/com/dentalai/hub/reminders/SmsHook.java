package com.dentalai.hub.reminders;

/**
 * The SMS fallback for a reminder WhatsApp refused and Telegram cannot carry. No provider is wired
 * yet: {@code hub.reminders.sms.backend=log} logs that an SMS would go out (without number or text);
 * a provider implements this interface as a bean.
 */
public interface SmsHook {

    SmsHook NONE = new SmsHook() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void send(String tenant, String e164, String text) {
            throw new IllegalStateException("no SMS backend is configured");
        }
    };

    /** Whether an SMS can be sent at all. */
    boolean available();

    /** Sends {@code text} to {@code e164}; throws when the provider refused it. */
    void send(String tenant, String e164, String text);
}
