package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InvalidInputMessageTest {

    @Test
    void theMessageNamesEachFailingFieldAndWhy() {
        InvalidInputException e = new InvalidInputException(List.of(
                new FieldError("email", "must be a well-formed email address"),
                new FieldError("addresses[0].countryCode", "unknown country")));
        assertEquals("The input is not valid: email: must be a well-formed email address;"
                + " addresses[0].countryCode: unknown country", e.getMessage());
    }

    @Test
    void aLongListNamesTheFirstFiveAndCountsTheRest() {
        InvalidInputException e = new InvalidInputException(IntStream.rangeClosed(1, 7)
                .mapToObj(i -> new FieldError("f" + i, "bad")).toList());
        assertEquals("The input is not valid: f1: bad; f2: bad; f3: bad; f4: bad; f5: bad;"
                + " and 2 more", e.getMessage());
        assertEquals(7, e.errors().size(), "every field stays in the list");
    }

    @Test
    void anErrorOfTheWholeInputIsItsReasonAlone() {
        assertEquals("The input is not valid: The body must be a JSON object",
                new InvalidInputException("", "The body must be a JSON object").getMessage());
    }
}
