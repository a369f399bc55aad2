package de.rathaus.platform.feedback;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The form to report a barrier, linked from the accessibility statement. */
@Controller
class BarrierReportController {

    private final BarrierReports reports;

    BarrierReportController(BarrierReports reports) {
        this.reports = reports;
    }

    @GetMapping("/barrierefreiheit/melden")
    String form(
            @RequestParam(name = "seite", required = false) @org.jspecify.annotations.Nullable String page,
            Model model) {
        model.addAttribute("report", new BarrierReport("", page == null ? "" : page, ""));
        return "platform/barriere-melden";
    }

    @PostMapping("/barrierefreiheit/melden")
    String submit(
            @Valid @ModelAttribute("report") BarrierReport report,
            BindingResult errors,
            jakarta.servlet.http.HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            return "platform/barriere-melden";
        }
        reports.receive(report);
        return "redirect:/barrierefreiheit/gemeldet";
    }

    @GetMapping("/barrierefreiheit/gemeldet")
    String received() {
        return "platform/barriere-gemeldet";
    }
}
