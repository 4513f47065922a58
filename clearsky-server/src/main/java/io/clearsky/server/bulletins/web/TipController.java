package io.clearsky.server.bulletins.web;

import io.clearsky.server.bulletins.Tips;
import io.clearsky.server.bulletins.Tips.Tip;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public anti-fraud tips, one per scam type; no login. */
@RestController
@Tag(name = "Tips", description = "Anti-fraud tips for everyone (防骗提示), per scam type, in Chinese and English")
class TipController {

    @GetMapping(Tips.PATH)
    @Operation(summary = "Every tip: the fraudster's script, when to stop, whom to call (public)")
    List<Tip> all() {
        return Tips.all();
    }

    @GetMapping(Tips.PATH + "/{scamType}")
    @Operation(summary = "The tip for one scam type, by code (FAKE_INVESTMENT) or Chinese name (public)")
    Tip one(@PathVariable String scamType) {
        return Tips.get(scamType);
    }
}
