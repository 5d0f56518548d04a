package com.dentalai.hub.domain.channel;

/**
 * WhatsApp refused a free-form message because the patient's last message is more than 24 hours old
 * (Graph error 131047). A route can catch exactly this type and resend as an approved template.
 */
public class WindowClosedException extends ChannelSendException {

    private static final long serialVersionUID = 1L;

    public WindowClosedException(Integer providerCode, String message) {
        super(Channel.WHATSAPP, Kind.WINDOW_CLOSED, providerCode, null, message);
    }
}
