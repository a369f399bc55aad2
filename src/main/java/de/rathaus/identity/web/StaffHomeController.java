package de.rathaus.identity.web;

import de.rathaus.identity.SignedInAccount;
import de.rathaus.identity.StaffLink;
import de.rathaus.identity.login.AccountPrincipal;
import de.rathaus.platform.tenancy.Offices;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Verwaltung": the staff start page, listing what the signed-in staff member can reach. */
@Controller
class StaffHomeController {

    private final List<StaffLink> links;
    private final Offices offices;

    StaffHomeController(List<StaffLink> links, Offices offices) {
        this.links = links;
        this.offices = offices;
    }

    @GetMapping("/verwaltung")
    String home(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        SignedInAccount account = principal.toSignedInAccount();
        model.addAttribute("staffArea", true);
        model.addAttribute("principal", principal);
        model.addAttribute("grants", RoleView.of(principal.grants(), offices));
        model.addAttribute(
                "links",
                links.stream()
                        .filter(link -> link.visibleTo(account))
                        .sorted(Comparator.comparingInt(StaffLink::order).thenComparing(StaffLink::path))
                        .toList());
        return "identity/staff-home";
    }
}
