package org.stepline.platform;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stepline.shared.NotFoundException;

/** Every failure a person can meet is a plain-English page with the right status, never a stack trace. */
@Controller
@ControllerAdvice
class ErrorPages implements ErrorController {

    @RequestMapping("/403")
    String forbidden(HttpServletResponse response, Model model) {
        return show(HttpStatus.FORBIDDEN, response, model);
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return show(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, response, model);
    }

    /** Sent on to {@link #error}: an exception handler's model lacks the page context the layout needs. */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class, NoResourceFoundException.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private static String show(HttpStatus status, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("heading", switch (status) {
            case FORBIDDEN -> "You do not have access to this page";
            case NOT_FOUND -> "Page not found";
            case BAD_REQUEST -> "Something in the request was not right";
            default -> "Sorry, there is a problem with the service";
        });
        model.addAttribute("advice", switch (status) {
            case FORBIDDEN -> "Your role or team does not allow this. If you need access, ask your supervisor or an administrator.";
            case NOT_FOUND -> "If you typed the web address, check it is correct. If you followed a link, the record may have been removed.";
            case BAD_REQUEST -> "Go back and try again.";
            default -> "Try again later. If the problem continues, contact your system administrator.";
        });
        return "error/problem";
    }
}
