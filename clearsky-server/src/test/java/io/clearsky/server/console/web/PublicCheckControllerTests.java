package io.clearsky.server.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

class PublicCheckControllerTests {

    @Test
    void anAddressOverItsChecksAnHourGetsAMessageAndNothingIsLookedUp() {
        // no CheckManagement: a request over the limit must not reach it, and the two before it check nothing
        PublicCheckController controller = new PublicCheckController(null, new PublicPageSettings(2));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/check");
        request.setRemoteAddr("203.0.113.7");
        for (int k = 0; k < 2; k++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            ExtendedModelMap model = new ExtendedModelMap();
            controller.check("PHONE_NUMBER", "", "", request, response, model);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(model.get("notice")).isNull();
        }
        MockHttpServletResponse over = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();
        String view = controller.check("PHONE_NUMBER", "13800138000", "", request, over, model);
        assertThat(view).isEqualTo("public/check");
        assertThat(over.getStatus()).isEqualTo(429);
        assertThat(model.get("notice")).isEqualTo("check.tooMany");
        assertThat(model.get("value")).isEqualTo("13800138000");

        // another address has its own allowance
        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/check");
        other.setRemoteAddr("203.0.113.8");
        MockHttpServletResponse fresh = new MockHttpServletResponse();
        controller.check("PHONE_NUMBER", "", "", other, fresh, new ExtendedModelMap());
        assertThat(fresh.getStatus()).isEqualTo(400);
    }
}
