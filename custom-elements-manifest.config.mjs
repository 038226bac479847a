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
  ],
};
