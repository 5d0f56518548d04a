package com.dentalai.hub.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.odoo.camel.CursorStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class JdbcCursorStoreTest {

    @Autowired
    CursorStore cursors;

    @Test
    void keepsTheLastPositionPerTenantAndKey() {
        assertThat(cursors.load("smile-tlv", "calendar.event#cursor-test")).isEmpty();

        cursors.save("smile-tlv", "calendar.event#cursor-test", new CursorStore.Cursor("2026-03-01 10:00:00", 7));
        cursors.save("smile-tlv", "calendar.event#cursor-test", new CursorStore.Cursor("2026-03-01 10:00:00", 9));

        assertThat(cursors.load("smile-tlv", "calendar.event#cursor-test"))
                .contains(new CursorStore.Cursor("2026-03-01 10:00:00", 9));
        assertThat(cursors.load("bright-haifa", "calendar.event#cursor-test")).isEmpty();
    }
}
