package cn.yinling.hotline.console.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused sign-in goes back to the sign-in page: {@code ?locked} when too many failures locked it
 * (the page reads until when from the exception kept in the session), else {@code ?error}.
 */
class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

    SignInFailures() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInLocked) {
            saveException(request, exception);
            getRedirectStrategy().sendRedirect(request, response, "/login?locked");
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
