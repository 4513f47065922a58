package io.clearsky.server.console.web;

import io.clearsky.server.NotFoundException;
import io.clearsky.server.bulletins.Tips;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The citizens' home page and the anti-fraud tips by scam type. */
@Controller
@Hidden
class PublicHomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tips", Tips.all());
        return "public/home";
    }

    @GetMapping("/tips")
    String tips(Model model) {
        model.addAttribute("tips", Tips.all());
        return "public/tips";
    }

    @GetMapping("/tips/{type}")
    String tip(@PathVariable String type, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("tip", Tips.get(type));
        } catch (NotFoundException unknown) {
            response.setStatus(404);
            model.addAttribute("tips", Tips.all());
            model.addAttribute("unknown", true);
            return "public/tips";
        }
        return "public/tip";
    }
}
