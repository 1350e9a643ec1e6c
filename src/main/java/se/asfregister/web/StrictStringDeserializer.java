package se.asfregister.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Text never carries control characters (other than tab and line breaks): they corrupt CSV
 * exports and terminals and are never what a person typed.
 */
public class StrictStringDeserializer extends StringDeserializer {

    static final String MESSAGE = "must not contain control characters";

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                    throw InvalidFormatException.from(p, MESSAGE, value, String.class);
                }
            }
        }
        return value;
    }
}
