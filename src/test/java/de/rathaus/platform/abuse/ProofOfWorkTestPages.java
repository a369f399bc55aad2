package de.rathaus.platform.abuse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A tiny form with the proof-of-work widget and endpoints over a limit, for the abuse tests. A
 * top-level class in the test sources, so it joins the one shared test context without changing
 * its cache key.
 */
@Controller
class ProofOfWorkTestPages {

    private final ProofOfWork proofOfWork;

    ProofOfWorkTestPages(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    @GetMapping("/test-only/proof-of-work")
    String form() {
        return "test-only/proof-of-work";
    }

    @PostMapping("/test-only/proof-of-work")
    String submit(@RequestParam(name = "altcha", required = false) String altcha, Model model) {
        model.addAttribute("verdict", proofOfWork.verify(altcha).getClass().getSimpleName());
        return "test-only/proof-of-work-result";
    }

    @PostMapping("/test-only/too-many")
    String tooManyPage() {
        throw new TooManyRequestsException(new Decision.Refused(150));
    }

    @PostMapping(path = "/api/test-only/too-many", produces = "application/json")
    @ResponseBody
    String tooManyApi() {
        throw new TooManyRequestsException(new Decision.Refused(42));
    }
}
