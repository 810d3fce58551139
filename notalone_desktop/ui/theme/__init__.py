"""The app's look in one place: design tokens (type, spacing, colours, print sizes) that every view and sheet reads."""
