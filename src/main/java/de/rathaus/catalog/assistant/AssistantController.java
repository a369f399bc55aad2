package de.rathaus.catalog.assistant;

import de.rathaus.catalog.assistant.Conversation.Turn;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The conversation page. Without JavaScript every question is a form post that shows the whole
 * conversation again; the script posts the same form and appends just the new exchange.
 */
@Controller
class AssistantController {

    private static final String PAGE = "catalog/assistant/assistant";

    /** The header assistant.js sends: answer with the new exchange only. */
    private static final String FRAGMENT_HEADER = "X-Requested-With";

    private final Assistant assistant;
    private final Phrasing phrasing;

    AssistantController(Assistant assistant, Phrasing phrasing) {
        this.assistant = assistant;
        this.phrasing = phrasing;
    }

    @GetMapping("/assistent")
    String page(Model model) {
        model.addAttribute("form", new QuestionForm("", "", null));
        model.addAttribute("exchanges", List.of());
        model.addAttribute("carried", "");
        model.addAttribute("aiPhrases", phrasing.enabled());
        return PAGE;
    }

    @PostMapping("/assistent")
    String ask(
            @ModelAttribute("form") QuestionForm form,
            BindingResult errors,
            @RequestHeader(name = FRAGMENT_HEADER, required = false) @Nullable String requestedWith,
            Model model,
            HttpServletResponse response) {
        List<Turn> earlier = Conversation.read(form.verlauf());
        String question = Conversation.clean(form.frage());
        @Nullable String choice = form.wahl() == null || form.wahl().isBlank() ? null : Conversation.clean(form.wahl());
        if (question.isEmpty()) {
            errors.rejectValue("frage", "assistant.question.empty");
        } else if (question.length() > Conversation.MAX_QUESTION || (choice != null && choice.length() > 200)) {
            errors.rejectValue("frage", "assistant.question.long");
        }
        model.addAttribute("aiPhrases", phrasing.enabled());
        List<Exchange> exchanges = new ArrayList<>();
        for (Turn turn : earlier) {
            exchanges.add(exchange(turn, false));
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("exchanges", exchanges);
            model.addAttribute("carried", Conversation.write(earlier));
            return PAGE;
        }
        Turn turn = new Turn(question, choice);
        exchanges.add(exchange(turn, true));
        List<Turn> turns = new ArrayList<>(earlier);
        turns.add(turn);
        model.addAttribute("form", new QuestionForm("", null, null));
        model.addAttribute("exchanges", exchanges);
        model.addAttribute("carried", Conversation.write(turns));
        return "fetch".equals(requestedWith) ? PAGE + " :: update" : PAGE;
    }

    /** Answers a turn; only the new one is phrased by the AI, earlier ones show the catalogue's facts. */
    private Exchange exchange(Turn turn, boolean latest) {
        Answer answer = assistant.answer(turn.question(), turn.choice());
        if (latest && answer instanceof Answer.Found found) {
            answer = phrasing.phrase(turn.question(), found);
        }
        return new Exchange(asked(turn, answer), answer);
    }

    private static String asked(Turn turn, Answer answer) {
        if (turn.choice() == null) {
            return turn.question();
        }
        return switch (answer) {
            case Answer.Found found -> found.service().name();
            case Answer.FollowUp followUp -> turn.question();
            case Answer.NotKnown notKnown -> turn.question();
        };
    }
}
