package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a hub with no users at all, creates the PLATFORM_ADMIN named by
 * {@code HUB_BOOTSTRAP_ADMIN_USER}/{@code HUB_BOOTSTRAP_ADMIN_PASSWORD}; does nothing once any user
 * exists, so changing the variables later never resets a password.
 */
@Component
@DependsOnDatabaseInitialization
class BootstrapAdmin implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final SecurityProperties props;

    BootstrapAdmin(UserStore users, PasswordEncoder passwords, SecurityProperties props) {
        this.users = users;
        this.passwords = passwords;
        this.props = props;
    }

    @Override
    public void afterPropertiesSet() {
        if (users.anyUserExists()) {
            return;
        }
        String name = props.bootstrapAdminUser();
        String password = props.bootstrapAdminPassword();
        if (name == null || name.isBlank() || password == null || password.isBlank()) {
            LOG.warn("No hub user exists and HUB_BOOTSTRAP_ADMIN_USER/HUB_BOOTSTRAP_ADMIN_PASSWORD are not set: "
                    + "nobody can log in until they are");
            return;
        }
        String username = name.trim().toLowerCase(Locale.ROOT);
        users.createAll(
                List.of(PlatformTenant.ID),
                List.of(new UserStore.NewUser(
                        PlatformTenant.ID,
                        username,
                        "Platform administrator",
                        Set.of(Role.PLATFORM_ADMIN),
                        passwords.encode(password),
                        null)),
                Duration.ZERO);
        LOG.info("Created the bootstrap platform administrator");
    }
}
