// English: reviews.
const reviews = {
  title: "reviews",
};

export default reviews;
