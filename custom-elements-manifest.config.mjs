// The Custom Elements Manifest (npm run analyze), read with the flags in package.json.
export default {
  plugins: [
    {
      // An element that overrides a field's default (track-banner's `headingLevel = 2`) keeps the
      // attribute of its base class, with the base's default: take the element's own.
      name: 'attribute-defaults-from-fields',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
              if (field && 'default' in field) attribute.default = field.default;
            }
          }
        }
      },
    },
    {
      // The analyzer takes `new ConfFilterEvent(view, count)` in an element's code for an event named
      // after its first argument (`view`); our event classes name themselves, and every event is
      // documented with @fires as `conf-…`.
      name: 'events-named-by-their-class',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('conf-'));
          }
        }
      },
    },
  ],
};
