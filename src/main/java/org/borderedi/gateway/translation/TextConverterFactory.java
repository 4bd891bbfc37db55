package org.borderedi.gateway.translation;

import org.borderedi.gateway.model.Text;
import org.smooks.api.converter.TypeConverter;
import org.smooks.api.converter.TypeConverterDescriptor;
import org.smooks.api.converter.TypeConverterFactory;
import org.smooks.engine.converter.DefaultTypeConverterDescriptor;

/**
 * Lets a Smooks binding set any {@link Text} property of a draft: the value as the filer wrote it (trimmed of the
 * padding fixed-width formats add) with its {@link org.borderedi.gateway.model.Source} from the {@link SegmentCursor}.
 * Registered with Smooks through {@code META-INF/services}, so mappings need no decoder attribute for texts.
 */
public final class TextConverterFactory implements TypeConverterFactory<String, Text> {

    @Override
    public TypeConverter<String, Text> createTypeConverter() {
        return value -> {
            if (value == null) {
                return null;
            }
            String trimmed = value.strip();
            return trimmed.isEmpty() ? null : new Text(trimmed, SegmentCursor.sourceOf(value));
        };
    }

    @Override
    public TypeConverterDescriptor<Class<String>, Class<Text>> getTypeConverterDescriptor() {
        return new DefaultTypeConverterDescriptor<>(String.class, Text.class);
    }
}
